import { Type } from '@sinclair/typebox';
import { resetSkills } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

/** Table 6-31 (ref L7558): the skill ID list "can contain a maximum of 4000 characters". */
const skillIdListCharsMax = 4000;

/**
 * The skill IDs of `skillid`: "a skill queue ID string group (for example, 1;2;3)" (ref L7558).
 * Commas are read as separators too and empty items are skipped; anything else than an ID is
 * 000-002. Undefined when the list is malformed.
 */
function parseSkillIds(raw: string): number[] | undefined {
  const ids: number[] = [];
  for (const item of raw.split(/[;,]/)) {
    const text = item.trim();
    if (text === '') continue;
    if (!/^\d{1,9}$/.test(text)) return undefined;
    ids.push(Number(text));
  }
  return ids;
}

/**
 * CEC §6.1.1.8 resetskill/{autoflag}?skillid=&phonelinkage= (ref L7531–7615): autoflag "true"
 * signs the agent in to all its configured skills; any other value ("processed as false") to the
 * intersection of `skillid` with them, none when `skillid` is empty. Routing follows at once
 * (src/engine/sessions/skill-sign-in.ts). `phonelinkage` (1 or 0, eSpace 7910 hardphones only) is checked
 * and has no further effect: the simulated network has no hardphones (decision 0501).
 */
export const resetSkill = defineEndpoint({
  section: '6.1.1.8',
  name: 'resetSkill',
  summary: 'Resetting the skill queues an agent is signed in to',
  method: 'POST',
  path: '/agentgateway/resource/onlineagent/{agentid}/resetskill/{autoflag}?skillid={skillid}&phonelinkage={phonelinkage}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: Type.Composite([AgentIdParams, Type.Object({ autoflag: Type.String() })]),
  query: Type.Object({
    skillid: Type.Optional(Type.String({ maxLength: skillIdListCharsMax })),
    phonelinkage: Type.Optional(Type.String()),
  }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007'],
  async handler({ params, query, services, request }) {
    const linkage = (query.phonelinkage ?? '').trim();
    if (linkage !== '' && linkage !== '0' && linkage !== '1') throw new CecError('000-002', 'phonelinkage must be 1 or 0.');
    const all = params.autoflag.trim().toLowerCase() === 'true';
    const skillIds = all ? [] : parseSkillIds(query.skillid ?? '');
    if (skillIds === undefined) throw new CecError('000-002', 'skillid must be skill queue IDs separated by semicolons, e.g. 1;2;3.');
    return commandReply(services, request, (engine, workNo) => resetSkills(engine, workNo, all ? { all: true } : { all: false, skillIds }));
  },
});
