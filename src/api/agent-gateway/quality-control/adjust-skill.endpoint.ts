import { Type } from '@sinclair/typebox';
import { adjustSkills } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { parseAgentId } from '../c4-guard.ts';
import { qcBase, qcEndpoint, qcErrors } from './qc-endpoint.ts';

/** Table 12-27: "The maximum length is 1000" (ref L42114). */
export const adjustSkillsMax = 1000;

const invalid = (message: string) => new CecError('100-001', message);

/** The body's skill ids: integers (or their strings), at most 1000 of them, else 100-001. */
function skillIdsOf(raw: unknown): number[] {
  if (!Array.isArray(raw)) throw invalid('skills must be an array of skill queue IDs.');
  if (raw.length > adjustSkillsMax) throw invalid(`skills may list at most ${adjustSkillsMax} skill queues.`);
  return raw.map((item) => {
    const id = typeof item === 'number' ? item : typeof item === 'string' && /^\d{1,9}$/.test(item.trim()) ? Number(item) : NaN;
    if (!Number.isSafeInteger(id) || id < 0) throw invalid(`${JSON.stringify(item)} is not a skill queue ID.`);
    return id;
  });
}

/**
 * CEC §12.1.9 adjustskill, body `{"workNo":"49999","skills":[10,25]}` (ref L42138): the agent now
 * serves exactly the listed skill queues, as with its own resetskill (6.1.1.8). A missing or
 * invalid `workNo` or `skills`, or a skill the agent is not configured for, is 100-001 (ref L42132).
 */
export const adjustSkill = qcEndpoint({
  section: '12.1.9',
  name: 'adjustSkill',
  summary: 'Adjusting the Skill Queue of a Specified Agent',
  method: 'POST',
  path: `${qcBase}/adjustskill`,
  body: Type.Object({ workNo: Type.Optional(Type.Unknown()), skills: Type.Optional(Type.Unknown()) }),
  invalidParameterCode: '100-001',
  errors: ['100-001', ...qcErrors],
  command: ({ engine, inspectorWorkNo, scope, body }) => {
    const targetWorkNo = parseAgentId(typeof body.workNo === 'number' || typeof body.workNo === 'string' ? String(body.workNo).trim() : undefined);
    if (targetWorkNo === undefined) throw invalid('workNo must be an agent ID from 101 to 59999.');
    return adjustSkills(engine, { inspectorWorkNo, targetWorkNo, scope }, skillIdsOf(body.skills));
  },
});
