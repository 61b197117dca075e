import { Type } from '@sinclair/typebox';
import { setAutoAnswer, setAutoEnterIdle, setTalkRight } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

const base = '/agentgateway/resource/onlineagent/{agentid}';

/** "true" switches on; "Value other than true" switches off. Case is not significant (lenient in). */
const isTrue = (value: string): boolean => value.trim().toLowerCase() === 'true';

/**
 * CEC §6.1.1.7 autoanswer/{isautoanswer} (Table 6-28, ref L7477): "true" answers automatically,
 * any other value of at most five characters answers manually; a longer value is 000-002.
 */
export const setAgentAutoAnswer = defineEndpoint({
  section: '6.1.1.7',
  name: 'setAgentAutoAnswer',
  summary: 'Setting automatic answering',
  method: 'POST',
  path: `${base}/autoanswer/{isautoanswer}`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: Type.Composite([AgentIdParams, Type.Object({ isautoanswer: Type.String() })]),
  response: EmptyResult,
  errors: ['000-002', '100-006'],
  async handler({ params, services, request }) {
    if (params.isautoanswer.length > 5) throw new CecError('000-002', 'isautoanswer contains at most five characters.');
    return commandReply(services, request, (engine, workNo) => setAutoAnswer(engine, workNo, isTrue(params.isautoanswer)));
  },
});

/**
 * CEC §6.1.1.17 autoenteridle/{flag} (Table 6-59, ref L8305): "true" makes the agent idle after a
 * call, any other value of one to five characters sends it to wrap-up; a longer value is 000-002,
 * the gateway's code for an invalid URL parameter (the section lists only 100-006 and 100-007).
 * The flag is honoured in both phone modes (note 02 §8.5 item 16, decision 0501).
 */
export const setAgentAutoEnterIdle = defineEndpoint({
  section: '6.1.1.17',
  name: 'setAgentAutoEnterIdle',
  summary: 'Setting whether to enter the idle state after a call',
  method: 'POST',
  path: `${base}/autoenteridle/{flag}`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: Type.Composite([AgentIdParams, Type.Object({ flag: Type.String() })]),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007'],
  async handler({ params, services, request }) {
    if (params.flag.length < 1 || params.flag.length > 5) throw new CecError('000-002', 'flag contains one to five characters.');
    return commandReply(services, request, (engine, workNo) => setAutoEnterIdle(engine, workNo, isTrue(params.flag)));
  },
});

/**
 * CEC §6.1.1.22 settalkright?flag= (Table 6-75, ref L8728): 1 lets the agent receive inbound
 * calls, 0 keeps them away (routing skips the agent); anything else, or no flag, is 000-002.
 */
export const setTalkRightEndpoint = defineEndpoint({
  section: '6.1.1.22',
  name: 'setTalkRight',
  summary: 'Setting whether to answer inbound calls',
  method: 'POST',
  path: `${base}/settalkright?flag={flag}`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ flag: Type.Optional(Type.String()) }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007'],
  async handler({ query, services, request }) {
    const flag = (query.flag ?? '').trim();
    if (flag !== '0' && flag !== '1') throw new CecError('000-002', 'flag must be 1 (answer inbound calls) or 0 (do not).');
    return commandReply(services, request, (engine, workNo) => setTalkRight(engine, workNo, flag === '1'));
  },
});
