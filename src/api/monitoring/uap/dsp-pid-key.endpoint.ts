import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { controlBlockInfo, type ControlBlockModule } from '../../../services/system-indicators/uap-control-blocks.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { clusterIndicators } from '../../../services/system-indicators/node-indicators.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases } from '../cms-request.ts';
import { checkCcId } from '../system/system-request.ts';
import { uapErrors, uapKey } from './uap-request.ts';

const moduleNo = Type.String({ pattern: '^[0-9]{1,5}$', description: 'Module number (LST APP)' });
const word = Type.String({ minLength: 1, maxLength: 32 });

/** Which table a request reads: a CCU's CCB or INTESS blocks, or an MSU's BSI connections. */
function moduleOf(body: { MODTYP: string; PID?: string; PIDMSU?: string; MN?: string; MSUMN?: string; BICCTYPE?: string }): ControlBlockModule {
  const type = body.MODTYP.toUpperCase();
  if (type === 'CCU') {
    const pid = body.PID?.toUpperCase();
    if (pid === undefined || body.MN === undefined) throw cmsFailure('invalidParameter', 'PID and MN are mandatory for a CCU');
    if (pid === 'BICC' && body.BICCTYPE === undefined) throw cmsFailure('invalidParameter', 'BICCTYPE is mandatory for a BICC module');
    if (pid === 'CCB' || pid === 'INTESS') return pid;
    throw cmsFailure('invalidParameter', `the simulated UAP has no CCU module ${body.PID}`);
  }
  if (type === 'MSU') {
    const pid = body.PIDMSU?.toUpperCase();
    if (pid === undefined || body.MSUMN === undefined) throw cmsFailure('invalidParameter', 'PIDMSU and MSUMN are mandatory for an MSU');
    if (pid === 'BSI') return pid;
    throw cmsFailure('invalidParameter', `the simulated UAP has no MSU module ${body.PIDMSU}`);
  }
  throw cmsFailure('invalidParameter', 'MODTYP must be CCU or MSU');
}

/**
 * CEC §12.3.6.2 (ref L63338–L63515): the states of one module's control blocks (Tables 12-656 to
 * 12-658), counted from the simulated UAP's live calls, global AK/SK only. The simulated UAP runs
 * one CCU (modules CCB and INTESS) and one MSU (BSI); any module number names them (decision 0840).
 */
export const dspPidKey = defineEndpoint({
  section: '12.3.6.2',
  name: 'uap/dsppidkey',
  summary: 'Querying key information about control blocks',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/uap/dsppidkey',
  auth: 'C2-global',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    MODTYP: word,
    PID: Type.Optional(word),
    PIDMSU: Type.Optional(word),
    MN: Type.Optional(moduleNo),
    BICCTYPE: Type.Optional(word),
    MSUMN: Type.Optional(moduleNo),
    ccId: Type.Optional(ccIdSchema),
  }),
  response: Type.Object({ resultDesc: Type.Record(Type.String(), Type.Record(Type.String(), Type.String())) }),
  errors: uapErrors,
  async handler({ body, services }) {
    checkCcId(services, body.ccId);
    const module = moduleOf(body);
    // One UAP for the whole cluster: every node's calls hold blocks (decision 1732).
    const { view } = await clusterIndicators(services);
    return { resultDesc: { [uapKey(services)]: controlBlockInfo(module, view.controlBlocks()) } };
  },
});
