import { audit, complainStatus, openAppeal, reassign, type AppealHit, type AuditOperation, type QualityItem } from '../../domain/ccsqm/appeal.ts';
import { SqmKind } from '../../domain/ccsqm/config-types.ts';
import { conflict, invalid, notFound } from '../../domain/ccsqm/failure.ts';
import type { CreditRecord } from '../../domain/ccsqm/rule-book.ts';
import type { TaskCall } from '../../domain/ccsqm/review-task.ts';
import type { Repositories } from '../../store/index.ts';
import { Documents } from './documents.ts';
import { callRow, parseCall, type StoredCall } from './inspected-calls.ts';
import { requirePeople } from './quality-tasks.ts';
import { reviseResult } from './revisions.ts';
import { nowSeconds, sqmWrite, type SqmDeps } from './sqm-deps.ts';

/** Appeals (§12.2.12.4 complain, §12.2.16 qualityitem; decision 1229). */

/** The call an appeal names: by call_uuid, else by business call id. */
async function findCall(repos: Repositories, vdnId: number, callId: string): Promise<StoredCall> {
  const row = (await repos.sqm.findCall(vdnId, callId)) ?? (await repos.sqm.findCallByCallId(vdnId, callId));
  if (!row) throw notFound('call', callId);
  return parseCall(row);
}

/** The rule results an appeal lists, with their rule types (10 dialog … 60 sensitive word, ref L52022). */
function hitsOf(credit: CreditRecord, groups: ReadonlyArray<{ ruleGroupId: string; reviseIds: readonly string[] }>): AppealHit[] {
  const hits: AppealHit[] = [];
  for (const group of groups) {
    const scenario = credit.credit.find((s) => s.setting.group_id === group.ruleGroupId);
    if (!scenario) throw notFound('business scenario of the call', group.ruleGroupId);
    for (const reviseId of group.reviseIds) {
      const candidates: Array<[number, { revise_id: string; valid: boolean; revise: -1 | 0 | 1 }, string, string]> = [
        ...scenario.rules.map((r) => [10, r, r.setting.rule_id, r.setting.rule_name] as [number, typeof r, string, string]),
        ...scenario.silence_rule.map((r) => [11, r, r.setting.silence_id, r.name] as [number, typeof r, string, string]),
        ...scenario.speed_rule.map((r) => [12, r, r.setting.speed_id, r.name] as [number, typeof r, string, string]),
        ...scenario.interposal_rule.map((r) => [13, r, r.setting.interposal_id, r.name] as [number, typeof r, string, string]),
        ...credit.sensitive_words.map((r) => [60, r, r.setting.sw_id, r.setting.sw_name] as [number, typeof r, string, string]),
      ];
      const found = candidates.find(([, r]) => r.revise_id === reviseId);
      if (!found) throw notFound('rule result', reviseId);
      const [ruleType, r, ruleId, ruleName] = found;
      hits.push({ reviseId, ruleGroupId: group.ruleGroupId, ruleType, ruleId, ruleName, valid: r.valid ? 1 : 0, revise: r.revise, description: '' });
    }
  }
  return hits;
}

async function setComplainStatus(repos: Repositories, vdnId: number, callUuid: string, status: number): Promise<void> {
  const row = await repos.sqm.findCall(vdnId, callUuid);
  if (!row) return;
  const stored = parseCall(row);
  await repos.sqm.putCall(callRow(vdnId, { ...stored, call: { ...stored.call, complain_status: status } }));
}

export interface ComplainInput {
  callId: string;
  leader: string;
  description: string;
  groups: Array<{ ruleGroupId: string; reviseIds: string[] }>;
}

export function complain(deps: SqmDeps, vdnId: number, initiator: string, input: ComplainInput): Promise<{ callUuid: string; itemId: string }> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await requirePeople(repos, vdnId, [input.leader]);
    const call = await findCall(repos, vdnId, input.callId);
    if (call.status !== 2 || !call.credit) throw conflict('Business failure. The call has no inspection result to appeal.');
    const open = (await docs.list<QualityItem>(SqmKind.qualityItem, call.callUuid)).find((i) => i.body.stage !== 'finish');
    if (open) throw conflict('Business failure. The call already has an open appeal.');
    const hits = hitsOf(call.credit, input.groups);
    if (hits.length === 0) throw invalid('Incorrect request. No rule results to appeal.');
    // The process stage falls to the inspector the call was assigned to in a review task, else the leader.
    const taskCall = (await repos.sqm.list(vdnId, SqmKind.taskCall)).map((r) => JSON.parse(r.doc) as TaskCall).find((t) => t.callUuid === call.callUuid && t.inspector);
    const item = openAppeal({ callUuid: call.callUuid, callId: call.call.call_id, fileName: call.call.file_name, title: `Appeal of ${call.call.file_name}`, initiator, leader: input.leader, inspector: taskCall?.inspector ?? input.leader, hits, createTime: nowSeconds(deps) }, input.description);
    const itemId = deps.ids.next();
    await docs.put(SqmKind.qualityItem, { id: itemId, parentId: call.callUuid, body: item, nowMs: deps.clock.now() });
    await setComplainStatus(repos, vdnId, call.callUuid, 0);
    return { callUuid: call.callUuid, itemId };
  });
}

function itemWrite(deps: SqmDeps, vdnId: number, itemId: string, work: (item: QualityItem, repos: Repositories) => Promise<QualityItem>): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const doc = await docs.require<QualityItem>(SqmKind.qualityItem, itemId, 'appeal');
    const next = await work(doc.body, repos);
    await docs.update(SqmKind.qualityItem, doc, next, deps.clock.now());
    if (next.stage === 'finish') await setComplainStatus(repos, vdnId, next.callUuid, complainStatus(next));
  });
}

export function auditItem(deps: SqmDeps, vdnId: number, actor: string, itemId: string, operation: AuditOperation, remark: string, assignee?: string): Promise<void> {
  return itemWrite(deps, vdnId, itemId, async (item, repos) => {
    if (assignee) await requirePeople(repos, vdnId, [assignee]);
    return audit(item, operation, actor, nowSeconds(deps), remark, assignee);
  });
}

export function reassignItem(deps: SqmDeps, vdnId: number, actor: string, itemId: string, handler: string): Promise<void> {
  return itemWrite(deps, vdnId, itemId, async (item, repos) => {
    await requirePeople(repos, vdnId, [handler]);
    return reassign(item, actor, handler, nowSeconds(deps));
  });
}

/** The handler of the process stage revises an appealed hit (12.2.16.2). */
export function modifyItemResult(deps: SqmDeps, vdnId: number, actor: string, itemId: string, reviseId: string, revise: 0 | 1, description: string): Promise<void> {
  return itemWrite(deps, vdnId, itemId, async (item, repos) => {
    if (item.stage !== 'process') throw conflict('Business failure. Results are changed while the appeal is being processed.');
    if (actor !== item.handler) throw conflict('Business failure. Only the current handler may change the results.');
    if (!item.hits.some((h) => h.reviseId === reviseId)) throw notFound('appealed rule result', reviseId);
    await reviseResult(repos, vdnId, item.callUuid, reviseId, { revise, description, by: actor, atSeconds: nowSeconds(deps) });
    return { ...item, hits: item.hits.map((h) => (h.reviseId === reviseId ? { ...h, revise, description } : h)) };
  });
}
