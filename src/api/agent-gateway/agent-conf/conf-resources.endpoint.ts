import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { conferenceMinutesMax, isInspector, modifyConferenceSeats, ongoingConferenceIds, prolongConference, queryConferences } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { flowControlled } from '../flow-control.ts';
import { gatewayError } from '../gateway-errors.ts';
import { chairCommand, chairErrors, chairQuery, confBase, confPost } from './conf-command.ts';


/** CEC §6.1.6.8 prolongtime (Table 6-300): `appliedTime` is what the 1,440-minute cap leaves (ref L15112–15134). */
export const prolongTime = defineEndpoint({
  ...confPost,
  section: '6.1.6.8',
  name: 'prolongTime',
  summary: 'Applying for extending a conference',
  path: `${confBase}/prolongtime`,
  body: Type.Object({ prolongTime: Type.Integer({ minimum: 1, maximum: conferenceMinutesMax }) }),
  response: Type.Object({ result: Type.Object({ appliedTime: Type.Integer() }) }),
  errors: chairErrors,
  async handler({ body, services, request }) {
    return chairQuery(services, request, (engine, conf) => prolongConference(engine, conf, body.prolongTime));
  },
});

/** CEC §6.1.6.17 modifyconfresource (Table 6-343): more seats up to 120 (CTI 21238), fewer within the free ones (21239). */
export const modifyConfResource = defineEndpoint({
  ...confPost,
  section: '6.1.6.17',
  name: 'modifyConfResource',
  summary: 'Changing the number of conference participants',
  path: `${confBase}/modifyconfresource`,
  body: Type.Object({ modifyType: Type.Union([Type.Literal(0), Type.Literal(1)]), modifyNum: Type.Integer({ minimum: 2, maximum: 118 }) }),
  response: EmptyResult,
  errors: chairErrors,
  async handler({ body, services, request }) {
    return chairCommand(services, request, (_engine, conf) => modifyConferenceSeats(conf, body.modifyType, body.modifyNum));
  },
});

const Participant = Type.Object({
  addressType: Type.String(),
  address: Type.String(),
  deviceCallType: Type.Integer(),
  deviceType: Type.Integer(),
  channelAttrib: Type.Integer(),
  channelState: Type.Integer(),
  role: Type.Integer(),
  enterTime: Type.Integer(),
});
const ConfInfo = Type.Object({ confId: Type.Integer(), confState: Type.Integer(), startTime: Type.Integer(), applyConfTime: Type.Integer(), confHaveBeenTime: Type.Integer(), addresses: Type.Array(Participant) });

/**
 * CEC §6.1.6.18 queryconfinfos (Tables 6-347–6-350): up to 20 conference ids (`confIds`; the
 * reference's OCR prints `conflds`, accepted too). An inspector sees any conference of its tenant,
 * an agent only its own (note 02 §5.8); the reply is the example's `result.confs`.
 */
export const queryConfInfos = flowControlled(
  defineEndpoint({
    ...confPost,
    section: '6.1.6.18',
    name: 'queryConfInfos',
    summary: 'Querying conference information in batches',
    path: `${confBase}/queryconfinfos`,
    body: Type.Object({ confIds: Type.Array(Type.Union([Type.Integer(), Type.String({ pattern: '^[0-9]{1,19}$' })]), { maxItems: 20 }) }),
    keyAliases: { confIds: ['conflds', 'confids'] },
    response: Type.Object({ result: Type.Object({ confs: Type.Array(ConfInfo) }) }),
    errors: ['000-002', '100-006', '100-007'],
    async handler({ body, request }) {
      const { engine, agent, workNo } = signedInEngine(request);
      return { message: 'success', result: engine.run(() => queryConferences(engine, workNo, body.confIds.map(Number), isInspector(agent))) };
    },
  }),
);

/** CEC §6.1.6.19 queryvdnconfid: the ids of the tenant's ongoing conferences; inspectors only (101-004). */
export const queryVdnConfId = flowControlled(
  defineEndpoint({
    section: '6.1.6.19',
    name: 'queryAllConfIds',
    summary: "Querying the VDN's ongoing conference IDs",
    method: 'GET',
    path: `${confBase}/queryvdnconfid`,
    auth: 'C4',
    envelope: gatewayEnvelope,
    params: AgentIdParams,
    response: Type.Object({ result: Type.Object({ confIds: Type.Array(Type.Integer()) }) }),
    errors: ['000-002', '100-006', '100-007', '101-004'],
    async handler({ request }) {
      const { engine, agent } = signedInEngine(request);
      if (!isInspector(agent)) throw gatewayError({ tag: 'ConfNotInspector', detail: `agent ${agent.workNo} is not an inspector` });
      return { message: 'success', result: { confIds: engine.run(() => ongoingConferenceIds(engine)) } };
    },
  }),
);
