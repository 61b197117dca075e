// Goal: the pure chat rules (uplink content checks, control and media types, Base64 and file
// signatures, settings parsing, the downlink mailbox) say what 11.5/11.6/11.3 and decision 1101 say.
// Method: given/when/then on the functions, no engine.
import { describe, expect, it } from 'vitest';
import { checkChatContent, controlTypeOf, decodeBase64, DownlinkMailbox, downlink, mailboxDepthMax, matchesFileType, mediaTypeOf, parseChatSettings } from './index.ts';

describe('chat rules', () => {
  it('reads the table spelling TRANSAGENT as TRANS2AGENT and refuses unknown types', () => {
    expect(controlTypeOf('transagent')).toBe('TRANS2AGENT');
    expect(controlTypeOf('CONNECT')).toBe('CONNECT');
    expect(controlTypeOf('SHOUT')).toBeNull();
    expect(mediaTypeOf('file_image')).toBe('FILE_IMAGE');
    expect(mediaTypeOf('GIF')).toBeNull();
  });

  it('checks content per media type with the documented descriptions', () => {
    expect(checkChatContent('TEXT', '', [])).toEqual({ ok: false, code: '13', desc: 'Chat failed because the content is empty.' });
    expect(checkChatContent('TEXT', 'x'.repeat(1025), [])).toMatchObject({ ok: false, code: '3' });
    expect(checkChatContent('IMAGE', 'key,jpg', [])).toEqual({ ok: true, fileId: 'key' });
    expect(checkChatContent('IMAGE', 'key', [])).toMatchObject({ ok: false, desc: 'Incorrect mediaFileType.' });
    expect(checkChatContent('WEBCARD', '{"title":"t","mediaFileId":"f","mediaFileType":"gif"}', [])).toMatchObject({ desc: 'Incorrect mediaFileType.' });
    expect(checkChatContent('WEBCARD', '{"description":"d","mediaFileId":"f"}', [])).toMatchObject({ desc: 'the content Json String must contains title' });
    expect(checkChatContent('WEBCARD', '{"title":"t","redirectUrl":"https://ok/x"}', ['https://ok/'])).toEqual({ ok: true, fileId: null });
  });

  it('decodes strict Base64 and recognises file signatures', () => {
    expect(decodeBase64('aGk=')?.toString()).toBe('hi');
    expect(decodeBase64('a')).toBeNull();
    expect(decodeBase64('not base64!')).toBeNull();
    expect(matchesFileType('jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0]))).toBe(true);
    expect(matchesFileType('PNG', Uint8Array.from([0xff, 0xd8, 0xff, 0]))).toBe(false);
    expect(matchesFileType('mp4', Buffer.from('\0\0\0\x18ftypmp42'))).toBe(true);
    expect(matchesFileType('txt', Buffer.from('plain'))).toBe(true);
    expect(matchesFileType('exe', Buffer.from('MZ'))).toBe(false);
  });

  it('parses the tenant settings with defaults and bounds', () => {
    const s = parseChatSettings({ maxChatsPerAgent: '7', channels: [{ channelConfigId: 'c', skillId: 2 }, { skillId: 3 }] });
    expect(s.maxChatsPerAgent).toBe(7);
    expect([...s.channels.keys()]).toEqual(['c']);
    expect(s.channels.get('c')).toMatchObject({ robot: false, offline: { enabled: false } });
    expect(parseChatSettings({ maxChatsPerAgent: 61 }).maxChatsPerAgent).toBe(4);
    expect(parseChatSettings(undefined).satisfactionSurvey.satisfactionLevel).toHaveLength(5);
  });

  it('hands each downlink message once, READ receipts only when asked, and stays bounded', () => {
    const box = new DownlinkMailbox();
    const m = (content: string, controlType: 'CHAT' | 'READ' = 'CHAT') => downlink({ content, from: 'c', to: 'u', mediaType: 'TEXT', senderNickname: 'a', sourceType: 'AGENT', timestamp: 1, messageCode: content, controlType });
    box.put(m('a'));
    box.put(m('r', 'READ'));
    box.put(m('b'));
    expect(box.take(false).map((x) => x.content)).toEqual(['a', 'b']);
    expect(box.take(true)).toEqual([]);
    for (let i = 0; i < mailboxDepthMax + 3; i++) box.put(m(String(i)));
    expect(box.size).toBe(mailboxDepthMax);
    expect(box.dropped).toBe(3);
    expect(m('x'.repeat(600)).content).toHaveLength(500);
  });
});
