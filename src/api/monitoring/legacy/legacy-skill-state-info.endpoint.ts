import { Type } from '@sinclair/typebox';
import { cmsLegacyEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { skillStateInfos } from '../realtime-skill/skill-state-info.endpoint.ts';
import { modernPayload } from './legacy-mapping.ts';

/** Table 12-720: the 17 fields of 12.3.1.2.6 before `allCallCount` and `cnndIn20sCallCount` were added. */
const legacyFields = [
  'skillId',
  'agentLoginNums',
  'agentTalkingNums',
  'agentIdleNums',
  'agentAvailableNums',
  'agentSetbusyNums',
  'agentRestNums',
  'agentMaxIdleTimeIn5',
  'agentWorkNums',
  'agentStudyNums',
  'agentOccupyNums',
  'agentPreOccupyNums',
  'totalCallNums',
  'processingCallNums',
  'maxCallWaitTimeIn5',
  'maxCallWaitTimesIn5',
  'callWaitNums',
  'evenCallTimeIn5',
  'evenWaitTimeIn5',
] as const;

/**
 * CEC §12.3.8.13.4 (ref L65418–L65567): the pre-8.13 form of 12.3.1.2.6. Its table and example
 * spell `agentSetbusyNums` (2.5: `agentSetBusyNums`); the longest wait goes under both the
 * table's `maxCallWaitTimeIn5` and the example's `maxCallWaitTimesIn5`, as in 2.5 (decision 0809).
 */
export const legacySkillStateInfo = defineEndpoint({
  section: '12.3.8.13.4',
  name: 'realindex/skill/stateinfo',
  summary: 'Querying statistics details of skill queues in batches (earlier than 8.13.0)',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/realindex/skill/stateinfo',
  auth: 'C2-any',
  envelope: cmsLegacyEnvelope,
  keyAliases: cmsKeyAliases,
  body: skillStateInfos.body!,
  response: Type.Object({ resultDatas: Type.Array(Type.Object(Object.fromEntries(legacyFields.map((f) => [f, Type.Integer()])))) }),
  errors: skillStateInfos.errors!,
  async handler(ctx) {
    const items = (await modernPayload(skillStateInfos, ctx)) as Record<string, unknown>[];
    return {
      resultDatas: items.map((item) => {
        const old: Record<string, unknown> = { ...item, agentSetbusyNums: item.agentSetBusyNums };
        return Object.fromEntries(legacyFields.map((f) => [f, old[f]]));
      }),
    };
  },
});
