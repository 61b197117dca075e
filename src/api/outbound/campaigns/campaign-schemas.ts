import { Type } from '@sinclair/typebox';
import { scheduleKeys } from '../../../domain/outbound/index.ts';
import { looseList, looseObject } from './campaign-request.ts';

const schedule = looseObject(Object.fromEntries(scheduleKeys.map((k) => [k, 'HH:mm'])), 'scheduleParam (Table 7-4)');
const predict = looseObject({
  predictMethod: '1 empirical, 2 agent usage, 3 connection rate, 5 off-hook rate',
  expPredictParam: looseObject({ maxAvgCallTime: '50–200', minAvgCallTime: '50–200', outBoundRate: '0–100' }),
  agentPredictParam: looseObject({ maxAvgCallTime: '50–200', minAvgCallTime: '50–200', lossRate: '0–100', utilRate: '0–100', utilRateMethod: '1 or 2' }),
  connectPredictParam: looseObject({ maxAvgCallTime: '5–200', minAvgCallTime: '50–200', lossRate: '0–100', waitTime: '0–16', connRate: '0–100' }),
  offhookPredictParam: looseObject({ offHookRate: '50–200' }),
});
const skill = looseObject({
  skillId: 'Integer 1–1000',
  skillName: 'String ≤100',
  outBoundType: '2, 5 or 6 (= deviceType)',
  predictParam: predict,
  previewParam: looseObject({ failInterval: '3–60 s', obCallCount: '1–100', autoCallTime: '5 … maxAlertingTime − 3 s' }),
});
const ivr = looseObject({ deviceSign: 'IVR flow access code', callCount: '1–100', callInterval: '1–9999 s' });

const common = {
  name: 'String ≤32, unique',
  description: 'String ≤200, no "[]=;<>',
  strBeginTime: 'yyyy-MM-dd HH:mm:ss',
  strEndTime: 'yyyy-MM-dd HH:mm:ss',
  deviceType: '1 intelligent IVR, 2 predictive, 3 automatic IVR, 5 preview, 6 preempted',
  maxAlertingTime: 'Integer s',
  scheduleParam: schedule,
  ivrParam: ivr,
  skillParam: skill,
  initStatus: '0 started, 1 suspended',
  callbackUrl: 'http(s) URL (examples: callBackUrl)',
  cclId: 'Integer',
};

/** 7.1.1 / 7.1.3 (Tables 7-3, 7-41): one calling number as a string. */
export const campaignV1Body = looseObject({ ...common, callerNo: 'String ≤24 [0-9*#]' });

/** 7.1.2 / 7.1.4 (Tables 7-27, 7-65): caller list, priority, retry and call policies. */
export const campaignV2Body = looseObject({
  ...common,
  callerNo: looseList(looseObject({ accessCode: 'digits ≤32', priority: '1–5' }), 'calling numbers'),
  priority: '1–5',
  retryPolicy: looseObject({ retryPolicyId: 'String (modify)', policyType: '0 global, 1 number type', retryDay: '1–5', retryTimes: '1–6', callInterval: '1–86400 s', resultRetry: 'JSON string', policyJson: 'JSON string', busiPolicy: 'JSON string', noRetryPolicy: 'List<String>' }),
  callPolicy: looseObject({ callPolicyId: 'String (modify)', callType: '0 sequence, 1 round', chooseType: '0 category, 1 sequence', turns: 'List' }),
});

export const campaignIdPayload = Type.Object({ returnObject: Type.Object({ id: Type.Integer() }) });
