import { Type } from '@sinclair/typebox';

const n = (description: string) => Type.Integer({ minimum: 0, description });

/** The agent-count object of 12.3.1.2.9 (Table 12-439) and 12.3.1.3.6 (Table 12-477); mapping in decision 0810. */
export const AgentStateCountsSchema = Type.Object({
  workSubStateBegin: n('Agents in wrap-up (CTI 6)'),
  lateAdjust: n('Agents adjusting (CTI 10)'),
  usable: n('Agents able to take a call now'),
  rest: n('Resting agents (CTI 8)'),
  studying: n('Agents in study (CTI 9)'),
  setBusy: n('Busy agents (CTI 7)'),
  occupy: n('Occupied agents (CTI 3)'),
  idle: n('Idle agents (CTI 1)'),
  preoccupy: n('Preoccupied agents (CTI 2)'),
  answering: n('Agents whose phone rings (CTI 4)'),
  talking: n('Talking agents (CTI 5)'),
  loginEd: n('Signed-in agents'),
  callOut: Type.Optional(n('Agents on an outbound call (12.3.1.2.9 only)')),
});
