import { describe, expect, it } from 'vitest';
import { classifyRbtAnnouncement } from './rbt-causes.ts';

describe('§10.16 Table 10-99 classifier of ring-back announcements', () => {
  const cases: [number, string, string][] = [
    [101, 'The number you dialled does not exist.', '您拨打的号码是空号'],
    [102, 'The subscriber you dialled is powered off.', '您拨打的电话已关机'],
    [103, 'The subscriber you dialled is busy.', '您拨打的用户正在通话中'],
    [104, 'Your number has been suspended because of arrears.', '您的电话已欠费停机'],
    [105, 'The number you dialled has been suspended.', '您拨打的号码已停机'],
    [106, 'The subscriber is busy, please hold, call waiting has been notified.', '您拨打的用户正忙，请不要挂机'],
    [107, 'The subscriber is busy, please call again later.', '您拨打的用户正在通话中，请稍后再拨'],
    [108, 'The subscriber you dialled cannot be reached.', '您拨打的电话暂时无法接通'],
    [109, 'Your call is being forwarded, please wait.', '您拨打的电话已设置呼叫转移'],
    [110, 'International calls are barred on this line.', '您的电话未开通国际长途'],
    [111, 'There is no answer from the subscriber you dialled.', '您拨打的电话暂时无人接听'],
    [112, 'The subscriber has incoming calls barred.', '对方设置了呼入限制'],
    [113, 'Network failure: the line of the other carrier is at fault.', '对方线路故障'],
    [114, 'The subscriber cannot be reached; an SMS notification of your call will be sent.', '您拨打的电话无法接通，我们将以短信通知对方'],
  ];
  it.each(cases)('code %i from English and Chinese', (code, english, chinese) => {
    expect(classifyRbtAnnouncement(english)).toBe(code);
    expect(classifyRbtAnnouncement(chinese)).toBe(code);
  });
  it('no text is -4 (ASR gave nothing), unknown text is -5', () => {
    expect(classifyRbtAnnouncement(null)).toBe(-4);
    expect(classifyRbtAnnouncement('   ')).toBe(-4);
    expect(classifyRbtAnnouncement('Thank you for calling, have a nice day.')).toBe(-5);
  });
});
