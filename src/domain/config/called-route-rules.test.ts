// Goal: the route target and media rules of §5.3.2/§5.3.4 (ref L5756–5760) and the editable flags
// (ref L6043). Method: pure inputs in, targets or rejections out.
import { describe, expect, it } from 'vitest';
import { checkExtCode, checkRouteTarget, routeMayBeDeleted, routeMayBeEdited, routeMediaTypesFor } from './called-route-rules.ts';

const devices = {
  skills: new Map([
    [1, { mediaTypeId: 19, name: 'video' }],
    [2, { mediaTypeId: 53, name: 'chat' }],
    [3, { mediaTypeId: 2, name: 'click' }],
  ]),
  ivrFlows: new Map([[7, { description: 'menu' }]]),
};
const voiceCode = { accessCode: '100', mediaTypeId: 5 };
const chatCode = { accessCode: '200', mediaTypeId: 53 };
const clickCode = { accessCode: '300', mediaTypeId: 2 };

describe('routeMediaTypesFor', () => {
  it('maps 5 → 5/19, 53 → 53, 2 → 2/18, others to themselves', () => {
    expect([5, 53, 2, 19, 18].map(routeMediaTypesFor)).toEqual([[5, 19], [53], [2, 18], [19], [18]]);
  });
});

describe('checkRouteTarget', () => {
  it('takes the skill media type, or 5 for an IVR flow (the access code’s when 5 does not fit)', () => {
    expect(checkRouteTarget({ accessCode: voiceCode, deviceType: 1, deviceId: 1 }, devices)).toEqual({ ok: true, value: { deviceType: 1, deviceId: 1, mediaTypeId: 19, deviceDesc: 'video' } });
    expect(checkRouteTarget({ accessCode: voiceCode, deviceType: 3, deviceId: 7 }, devices)).toEqual({ ok: true, value: { deviceType: 3, deviceId: 7, mediaTypeId: 5, deviceDesc: 'menu' } });
    expect(checkRouteTarget({ accessCode: clickCode, deviceType: 3, deviceId: 7 }, devices)).toEqual({ ok: true, value: { deviceType: 3, deviceId: 7, mediaTypeId: 2, deviceDesc: 'menu' } });
    expect(checkRouteTarget({ accessCode: clickCode, deviceType: 1, deviceId: 3, mediaTypeId: 2 }, devices).ok).toBe(true);
  });

  it.each([
    [{ accessCode: voiceCode, deviceType: 2, deviceId: 1 }, { tag: 'DeviceTypeInvalid', deviceType: 2 }],
    [{ accessCode: voiceCode, deviceType: 1, deviceId: 1, mediaTypeId: 4 }, { tag: 'MediaTypeUnsupported', mediaTypeId: 4 }],
    [{ accessCode: voiceCode, deviceType: 1, deviceId: 9 }, { tag: 'SkillUnknown', skillId: 9 }],
    [{ accessCode: voiceCode, deviceType: 3, deviceId: 9 }, { tag: 'IvrFlowUnknown', flowId: 9 }],
    [{ accessCode: voiceCode, deviceType: 1, deviceId: 1, mediaTypeId: 5 }, { tag: 'MediaTypeDiffersFromSkill', mediaTypeId: 5, skillId: 1, skillMediaTypeId: 19 }],
    [{ accessCode: voiceCode, deviceType: 1, deviceId: 2 }, { tag: 'MediaTypeDiffersFromAccessCode', mediaTypeId: 53, accessCode: '100', accessCodeMediaTypeId: 5 }],
    [{ accessCode: chatCode, deviceType: 3, deviceId: 7 }, { tag: 'IvrForMultimedia' }],
    [{ accessCode: voiceCode, deviceType: 3, deviceId: 7, mediaTypeId: 53 }, { tag: 'IvrForMultimedia' }],
  ])('refuses %o', (request, rejection) => {
    expect(checkRouteTarget(request, devices)).toEqual({ ok: false, rejection });
  });
});

describe('extension codes and editable flags', () => {
  it('accepts dial-pad digits only', () => {
    expect(checkExtCode(' 12 ')).toEqual({ ok: true, value: '12' });
    expect(checkExtCode('')).toEqual({ ok: true, value: '' });
    expect(checkExtCode('1#')).toEqual({ ok: false, rejection: { tag: 'ExtCodeInvalid', extCode: '1#' } });
  });

  it('reads "0"/null, "1", "2", "3"', () => {
    expect([null, '0', '1', '2', '3'].map((e) => [routeMayBeEdited(e), routeMayBeDeleted(e)])).toEqual([
      [true, true],
      [true, true],
      [false, true],
      [true, false],
      [false, false],
    ]);
  });
});
