import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { skillQueueSnapshot } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { acdStat } from './acd-stat-view.ts';

const AcdStatSchema = Type.Object({
  pilotNbr: Type.String({ description: 'Access code routed to the skill; "" when none' }),
  deviceNo: Type.Integer({ description: 'Skill queue ID' }),
  queueSize: Type.Integer(),
  queueTime: Type.Integer({ description: 'Longest wait of a queued call, seconds' }),
  loadFactor: Type.Integer({ description: 'Not used (65535)' }),
  estWaitTime: Type.Integer({ description: 'Not used (0)' }),
  loggedOnAgents: Type.Integer(),
  availAgents: Type.Integer(),
  transferFlg: Type.Integer({ description: '0 release, 2 transfer' }),
  transferDeviceType: Type.Integer({ description: '1 skill queue, 3 IVR; 255 none' }),
  transferDeviceNo: Type.Integer({ description: '65535 none' }),
  skillDescrip: Type.String(),
  resourceIdleRate: Type.Integer({ description: 'Not used (100)' }),
  serviceLevel: Type.Integer({ description: 'Not used (100)' }),
  oldCallIdEx: Type.Object({ dateTime: Type.Integer(), dsn: Type.Integer(), server: Type.Integer(), handle: Type.Integer() }),
  maxQueueSize: Type.Integer(),
});

/**
 * CEC §5.2.9 queryacdstat (ref L4856–5045): live ACD statistics of up to 100 skill queues of the
 * agent's VDN, one record per requested skill in the order asked (a repeated ID once). IDs of
 * skills the VDN does not have are left out of the result (decision 0603).
 */
export const queryStatInfoOfAcd = flowControlled(defineEndpoint({
  section: '5.2.9',
  name: 'queryStatInfoOfAcid',
  summary: 'Querying the statistics about a set of skill queues',
  method: 'POST',
  path: '/agentgateway/resource/queuedevice/{agentid}/queryacdstat',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({ skills: Type.Array(Type.Integer({ minimum: 0, maximum: 2147483647 }), { minItems: 1, maxItems: 100, description: 'Skill queue IDs (at most 100)' }) }),
  response: Type.Object({ result: Type.Array(AcdStatSchema) }),
  errors: ['000-002', '100-006', '100-007'],
  handler({ body, request }) {
    const { engine } = signedInEngine(request);
    const now = engine.now();
    const result: Record<string, unknown>[] = [];
    for (const skillId of new Set(body.skills)) {
      const snapshot = skillQueueSnapshot(engine, skillId);
      if (snapshot) result.push(acdStat(snapshot, now));
    }
    return { message: '', result };
  },
}));
