import { Type, type TSchema } from '@sinclair/typebox';
import { AgentIdParams } from '../gateway-schemas.ts';

const nullable = (schema: TSchema) => Type.Union([schema, Type.Null()]);
const timestamp = (description: string) => nullable(Type.Integer({ description: `${description}, epoch milliseconds` }));

/** HWCallDeviceTraceEx, Table 6-203 (ref L12183–12206). */
export const DeviceTraceSchema = Type.Object({
  waitBeginTime: timestamp('Waiting start'),
  waitEndTime: timestamp('Waiting end (null for the last call)'),
  answerBeginTime: timestamp('Ringing start'),
  answerEndTime: timestamp('Ringing end (null for the last call)'),
  talkBeginTime: timestamp('Talk start'),
  talkEndTime: timestamp('Talk end (null for the last call)'),
  deviceNo: Type.Integer(),
  deviceType: Type.Integer({ description: '1 call queue, 2 agent, 3 automatic flow...' }),
  callDirectMode: Type.String({ description: 'NORMAL_DIRECT | KEEP_DIRECT | WAIT_DIRECT | RELEASE_DIRECT' }),
  enterReason: Type.Integer({ description: 'Table 6-204' }),
  enterReasonDesc: Type.String(),
  leaveReason: nullable(Type.Integer()),
  leaveReasonDesc: nullable(Type.String()),
  vdnId: Type.Integer(),
});

/** The call information object of Tables 6-202/6-219/6-223/6-241 with its original-called key. */
export function callInfoSchema(origKey: 'orgcallednum' | 'orgicallednum', withTrace: boolean) {
  return Type.Object({
    callfeature: Type.Integer({ description: 'Table 6-455' }),
    callid: Type.String(),
    caller: Type.String(),
    called: Type.String(),
    callskill: Type.String({ description: 'Skill description (name)' }),
    callskillid: Type.Integer(),
    [origKey]: Type.String(),
    calldata: Type.String(),
    begintime: timestamp('Start'),
    endtime: timestamp('End'),
    userPriority: Type.Integer(),
    trunkNo: Type.Integer({ description: '65535: no trunk' }),
    logontimes: Type.Integer(),
    mediaType: Type.Integer(),
    mediaAbility: Type.Integer({ description: '1 voice, 2 video, 3 voice and video' }),
    waitTime: Type.Integer({ description: 'Seconds waited in queue' }),
    trace: withTrace ? nullable(DeviceTraceSchema) : Type.Null(),
  });
}

/** Table 6-215 (6.1.3.4): the held-call list item. */
export const HeldCallSchema = Type.Object({
  callfeature: Type.Integer(),
  callid: Type.String(),
  caller: Type.String(),
  called: Type.String(),
  callskill: Type.String(),
  callskillid: Type.Integer({ description: 'Not used (0)' }),
  orgcallednum: Type.String({ description: 'Not used ("")' }),
  calldata: Type.Null(),
  begintime: Type.Null(),
  endtime: Type.Null(),
});

/** Table 6-245 (6.1.3.12). */
export const HeldCallExSchema = Type.Object({ callfeature: Type.Integer(), callid: Type.String(), caller: Type.String(), called: Type.String(), callskill: Type.String() });

/** `{agentid}` and `{workno}` (101–59999; checked in the handler, 000-002). */
export const AgentAndWorkNoParams = Type.Object({ ...AgentIdParams.properties, workno: Type.String({ description: 'Work number of the agent to query, 101–59999' }) });

/** `{agentid}` and `{skillid}`. */
export const AgentAndSkillParams = Type.Object({ ...AgentIdParams.properties, skillid: Type.Integer({ minimum: 0, maximum: 2147483647, description: 'Skill queue ID' }) });

/** `{agentid}` and `{callid}`. */
export const AgentAndCallParams = Type.Object({ ...AgentIdParams.properties, callid: Type.String({ minLength: 1, maxLength: 64, description: 'Call ID' }) });

/** "true" (any case) is true; every other value is false, as 6.1.3.2 says of isEncodeResult (ref L12360). */
export function isTrue(value: unknown): boolean {
  return String(value ?? '').trim().toLowerCase() === 'true';
}
