import { Type } from '@sinclair/typebox';
import { cancelCustomState, customStateMax, customStateOf, setCustomState } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply, signedInEngine } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

const base = '/agentgateway/resource/onlineagent/{agentid}';

/**
 * CEC §6.1.1.27 setcustomstate?customstate= (Table 6-98, ref L9322): a status 0–65534 "defined by
 * the business side", beside the work state (it changes neither routing nor events). A missing or
 * out-of-range value is 000-002; setting it again replaces it. Of the section's codes, 000-003 and
 * 100-006 come from the GUID check; 100-009 has no condition here (decision 0501).
 */
export const setCustomStateEndpoint = defineEndpoint({
  section: '6.1.1.27',
  name: 'setCustomState',
  summary: 'Customizing status by an agent',
  method: 'POST',
  path: `${base}/setcustomstate?customstate={customstate}`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ customstate: Type.Optional(Type.String()) }),
  response: EmptyResult,
  errors: ['000-002', '000-003', '100-006', '100-009'],
  async handler({ query, services, request }) {
    const text = (query.customstate ?? '').trim();
    const value = Number(text);
    if (!/^\d{1,5}$/.test(text) || value > customStateMax) throw new CecError('000-002', `customstate must be an integer from 0 to ${customStateMax}.`);
    return commandReply(services, request, (engine, workNo) => setCustomState(engine, workNo, value));
  },
});

/**
 * CEC §6.1.1.28 querycustomstate (ref L9378–9457): `result.agentcustomstate` as a string, "65535"
 * when no status is set (the example's value, outside the settable range; note 02 §8.5 item 26).
 */
export const queryCustomState = defineEndpoint({
  section: '6.1.1.28',
  name: 'queryCustomState',
  summary: 'Querying customized status by an agent',
  method: 'GET',
  path: `${base}/querycustomstate`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Object({ agentcustomstate: Type.String() }) }),
  errors: ['000-003', '100-006', '100-007'],
  handler({ request }) {
    const { agent } = signedInEngine(request);
    return { message: 'success', result: { agentcustomstate: String(customStateOf(agent)) } };
  },
});

/** CEC §6.1.1.29 cancelsetcustomstate (ref L9458–9540): clears the status; none set is 100-009. */
export const cancelSetCustomState = defineEndpoint({
  section: '6.1.1.29',
  name: 'cancelSetCustomState',
  summary: 'Canceling status customization by an agent',
  method: 'POST',
  path: `${base}/cancelsetcustomstate`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: EmptyResult,
  errors: ['000-003', '100-006', '100-009'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => cancelCustomState(engine, workNo));
  },
});
