import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { secondDial, transmitConferenceDigits } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine, commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

/**
 * CEC §6.1.2.13 seconddialex?number (Table 6-148): dials 1–24 digits, * or # into the call in
 * conversation (else 000-002); an IVR at the far end collects them. No call in conversation: 100-007.
 */
export const secondDialEx = defineEndpoint({
  section: '6.1.2.13',
  name: 'secondDialEx',
  summary: 'Performing two-stage dialing (extended)',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/seconddialex?number={number}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ number: Type.String({ pattern: '^[0-9*#]{1,24}$' }) }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007'],
  async handler({ query, services, request }) {
    return commandReply(services, request, (engine, workNo) => secondDial(engine, workNo, query.number));
  },
});

/**
 * CEC §6.1.2.25 thirdPartyConfTransmitNum: in a three-party call with a customer and an IVR, the
 * customer's key presses reach the IVR from now on. The reference documents no parameter; an
 * optional `number` (query or body, 1–24 of 0-9*#) is passed to the IVR at once (note 02 §8.5
 * item 38). Any failure, a malformed number included, is the interface's only code: 10001.
 */
export const thirdPartyConfTransmitNum = defineEndpoint({
  section: '6.1.2.25',
  name: 'thirdPartyConfTransmitNum',
  summary: 'Passing numbers in a conference',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/thirdPartyConfTransmitNum',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ number: Type.Optional(Type.String()) }),
  body: Type.Object({ number: Type.Optional(Type.String()) }),
  response: EmptyResult,
  errors: ['100-006', '10001'],
  async handler({ query, body, services, request }) {
    const digits = query.number ?? body.number ?? '';
    if (digits !== '' && !/^[0-9*#]{1,24}$/.test(digits)) throw new CecError('10001', 'The number to pass must be 1 to 24 digits, * or #.');
    const { engine, workNo } = signedInEngine(request);
    await runCommand(services, engine, () => transmitConferenceDigits(engine, workNo, digits || undefined));
    return { message: '', result: {} };
  },
});
