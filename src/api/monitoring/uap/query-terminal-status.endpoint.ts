import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { matchingTerminals, terminalMatchesMax, type TerminalMatch } from '../../../services/system-indicators/uap-terminals.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { clusterIndicators } from '../../../services/system-indicators/node-indicators.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases } from '../cms-request.ts';
import { checkCcId } from '../system/system-request.ts';
import { uapErrors, uapKey } from './uap-request.ts';

/** The CCU module that serves SIP terminals (the example's "56", ref L63628). */
const sipCcuModule = '56';
const nowhere = '0.0.0.0:0';

/** Table 12-663: a terminal as the UAP lists it. */
function terminalRecord(t: TerminalMatch): Record<string, string> {
  const registered = t.address !== null;
  return {
    ccuModuleNumber: sipCcuModule,
    terminationType: 'sip',
    equipmentId: t.equipmentId,
    registerStatus: registered ? 'registered' : 'not register',
    socketStatus: registered ? 'normal' : 'uninstall',
    ipAndPort: t.address ?? nowhere,
    monitorFlag: registered ? 'started' : 'unstarted',
    protocolType: registered ? 'SIP' : 'invalid protocol',
    roamIpAndPort: nowhere,
    tlsStatus: 'uninstall',
    ipType: 'IPv4',
  };
}

/**
 * CEC §12.3.6.3 (ref L63516–L63659): the SIP terminals whose number matches `EID` (wildcards `*`,
 * `%`, `?`), with their registration, global AK/SK only. The terminals are the agents' softphones;
 * one is registered while an agent is signed in with it (decision 0840). No match is 0101002;
 * 200 matches or more are refused (0100002) as the reference warns they would hurt the UAP.
 * `limit` and `offset` page the list and come in pairs (ref L63558).
 */
export const queryTerminalStatus = defineEndpoint({
  section: '12.3.6.3',
  name: 'uap/queryterminalstatus',
  summary: 'Querying the registration status of a terminal',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/uap/queryterminalstatus',
  auth: 'C2-global',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    EID: Type.String({ minLength: 1, maxLength: 32, pattern: '^[0-9A-Za-z*%?+#._-]+$' }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: terminalMatchesMax })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647 })),
    ccId: Type.Optional(ccIdSchema),
  }),
  response: Type.Object({
    resultDesc: Type.Object({ data: Type.Record(Type.String(), Type.Array(Type.Record(Type.String(), Type.String()))), count: Type.Integer() }),
  }),
  errors: uapErrors,
  async handler({ body, services }) {
    checkCcId(services, body.ccId);
    if ((body.limit === undefined) !== (body.offset === undefined)) throw cmsFailure('invalidParameter', 'limit and offset go together');
    // A terminal registers on the node that owns its agent's VDN (decision 1732).
    const { view } = await clusterIndicators(services);
    const matches = await matchingTerminals(services.repos, view.registeredTerminals(), body.EID);
    if (!matches) throw cmsFailure('invalidParameter', `more than ${terminalMatchesMax} terminals match EID`);
    if (matches.length === 0) throw cmsFailure('numberNotOnUap');
    const offset = body.offset ?? 0;
    const page = matches.slice(offset, offset + (body.limit ?? 100));
    return { resultDesc: { data: { [uapKey(services)]: page.map(terminalRecord) }, count: matches.length } };
  },
});
