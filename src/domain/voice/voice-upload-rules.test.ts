// Goal: every field rule of CEC §5.4.4 (Table 5-119) holds, with the lenient readings we promise.
// Method: checkVoiceUpload and its parts on accepted and refused values.
import { describe, expect, it } from 'vitest';
import { checkAssetName } from './asset-name.ts';
import { checkBase64Payload } from './base64-payload.ts';
import { checkCallbackUrl } from './callback-trustlist.ts';
import { normalizeFileType, normalizeLocale, normalizeVoiceName, normalizeVoiceType } from './voice-enums.ts';
import { checkVoiceUpload, type VoiceUploadInput } from './voice-upload-rules.ts';

const context = { callbackTrustlist: ['http://127.0.0.1', 'https://crm.example.com/voice/'], fileBytesMax: 12 };
const valid: VoiceUploadInput = { fileInfo: 'UklGRg==', locale: 'en_US', voiceType: '0', fileType: 'WAV' };

const refusal = (input: Partial<VoiceUploadInput>) => {
  const checked = checkVoiceUpload({ ...valid, ...input }, context);
  return checked.ok ? undefined : checked.rejection;
};

describe('checkVoiceUpload', () => {
  it('accepts the documented values and normalises lenient ones', () => {
    const checked = checkVoiceUpload({ ...valid, locale: 'zh-cn', voiceType: ' 3 ', fileType: 'mp3', voiceFileName: ' 欢迎Prompt1 ', callbackUrl: 'HTTP://127.0.0.1:8080/cb' }, context);
    expect(checked).toEqual({
      ok: true,
      value: { payload: { base64: 'UklGRg==', decodedBytes: 4 }, locale: 'zh_CN', voiceType: '3', fileType: 'MP3', voiceFileName: '欢迎Prompt1', callbackUrl: 'http://127.0.0.1:8080/cb' },
    });
  });

  it('treats empty optional fields as absent', () => {
    expect(checkVoiceUpload({ ...valid, voiceFileName: '', callbackUrl: ' ' }, context)).toMatchObject({ ok: true, value: { voiceFileName: null, callbackUrl: null } });
  });

  it('refuses each invalid field with its own rule', () => {
    expect(refusal({ locale: 'fr_FR' })).toMatchObject({ tag: 'LocaleInvalid', message: 'locale must be one of zh_CN, en_US, pt_BR, th_TH' });
    expect(refusal({ voiceType: '4' })).toMatchObject({ tag: 'VoiceTypeInvalid' });
    expect(refusal({ fileType: 'OGG' })).toMatchObject({ tag: 'FileTypeInvalid', message: 'fileType must be WAV or MP3' });
    expect(refusal({ voiceFileName: 'hello world' })).toMatchObject({ tag: 'NameInvalid' });
    expect(refusal({ voiceFileName: 'a'.repeat(51) })).toMatchObject({ tag: 'NameTooLong' });
    expect(refusal({ callbackUrl: 'http://10.1.1.1/cb' })).toMatchObject({ tag: 'CallbackUrlNotTrusted' });
    expect(refusal({ fileInfo: 'not base64!' })).toMatchObject({ tag: 'FileNotBase64' });
  });
});

describe('checkBase64Payload', () => {
  it('accepts data-URL prefixes, line breaks, the URL-safe alphabet and missing padding', () => {
    expect(checkBase64Payload('data:audio/wav;base64,UklG\r\nRg==', 10)).toEqual({ ok: true, value: { base64: 'UklGRg==', decodedBytes: 4 } });
    expect(checkBase64Payload('_-_-', 10)).toEqual({ ok: true, value: { base64: '_-_-', decodedBytes: 3 } });
    expect(checkBase64Payload('UklGRg', 10)).toEqual({ ok: true, value: { base64: 'UklGRg', decodedBytes: 4 } });
  });

  it('applies the size limit to the decoded bytes', () => {
    expect(checkBase64Payload('A'.repeat(16), 12)).toMatchObject({ ok: true, value: { decodedBytes: 12 } });
    expect(checkBase64Payload('A'.repeat(20), 12)).toMatchObject({ ok: false, rejection: { tag: 'FileTooLarge', message: expect.stringContaining('15 bytes') } });
  });

  it('refuses empty text, foreign characters and impossible lengths', () => {
    expect(checkBase64Payload('  ', 10)).toMatchObject({ ok: false, rejection: { tag: 'FileEmpty' } });
    expect(checkBase64Payload('Ukl*Rg==', 10)).toMatchObject({ ok: false, rejection: { tag: 'FileNotBase64' } });
    expect(checkBase64Payload('UklGR', 10)).toMatchObject({ ok: false, rejection: { tag: 'FileNotBase64' } });
  });
});

describe('checkCallbackUrl', () => {
  const trusted = (url: string, list: string[] = context.callbackTrustlist) => checkCallbackUrl('callbackUrl', url, list).ok;

  it('admits URLs under a trustlist entry, on any port or path of a bare origin', () => {
    expect(trusted('http://127.0.0.1/review')).toBe(true);
    expect(trusted('http://127.0.0.1:18133/upload?x=1')).toBe(true);
    expect(trusted('https://CRM.example.com/voice/result')).toBe(true);
    expect(trusted('http://localhost:80/x', ['http://localhost:80'])).toBe(true);
  });

  it('does not let a prefix match inside a host name, a port or a path segment', () => {
    expect(trusted('http://127.0.0.1.evil.example/')).toBe(false);
    expect(trusted('http://127.0.0.1:99/', ['http://127.0.0.1:9'])).toBe(false);
    expect(trusted('https://crm.example.com/voiceover')).toBe(false);
    expect(trusted('https://127.0.0.1/')).toBe(false);
  });

  it('refuses what is not an http(s) URL, credentials in URLs, and everything when the list is empty', () => {
    expect(checkCallbackUrl('callbackUrl', 'ftp://127.0.0.1/x', context.callbackTrustlist)).toMatchObject({ ok: false, rejection: { tag: 'CallbackUrlInvalid' } });
    expect(trusted('http://user:pw@127.0.0.1/')).toBe(false);
    expect(trusted('not a url')).toBe(false);
    expect(checkCallbackUrl('callbackUrl', 'http://127.0.0.1/', [])).toMatchObject({ ok: false, rejection: { tag: 'CallbackUrlNotTrusted' } });
    expect(trusted(`http://127.0.0.1/${'x'.repeat(1100)}`)).toBe(false);
  });
});

describe('enumerations and names', () => {
  it('reads the documented values in lenient spellings', () => {
    expect(['en_US', 'EN-us', ' pt_br ', 'th_TH'].map(normalizeLocale)).toEqual(['en_US', 'en_US', 'pt_BR', 'th_TH']);
    expect(normalizeLocale('en')).toBeUndefined();
    expect(['0', '3', '03'].map(normalizeVoiceType)).toEqual(['0', '3', undefined]);
    expect(['wav', '.Mp3', 'WAVE'].map(normalizeFileType)).toEqual(['WAV', 'MP3', undefined]);
    expect(['cn_kefuman_cn', 'CN_TIANMEIRU_COMMON', 'cn_unknown_common'].map(normalizeVoiceName)).toEqual(['cn_kefuman_common', 'cn_tianmeiru_common', undefined]);
  });

  it('counts name length in characters and allows only Chinese characters, letters and digits', () => {
    expect(checkAssetName('name', '语音'.repeat(25))).toEqual({ ok: true, value: '语音'.repeat(25) });
    expect(checkAssetName('name', '语'.repeat(51))).toMatchObject({ ok: false, rejection: { tag: 'NameTooLong' } });
    expect(checkAssetName('name', 'a_b')).toMatchObject({ ok: false, rejection: { tag: 'NameInvalid' } });
    expect(checkAssetName('name', ' ')).toMatchObject({ ok: false, rejection: { tag: 'NameEmpty' } });
  });
});
