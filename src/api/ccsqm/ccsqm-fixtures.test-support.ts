import type { TestApp } from '../../../test/support/test-app.ts';
import type { SqmCaller } from './ccsqm.test-support.ts';

/** Creates a sentence (one keyword tag by default) in a fresh category and returns its id. */
export async function sentence(call: SqmCaller, sentenceName: string, keywords: string[], tagType = 'keyword'): Promise<string> {
  const categories = (await call('sentencemanage/querySentenceCategory')).body.data as Array<{ category_id: string }>;
  const category = categories[0]?.category_id ?? (await call('sentencemanage/createSentenceCategory', { name: 'fixtures' })).body.category_id;
  const res = await call('sentencemanage/createSentence', { category_id: category, sentence_name: sentenceName, tagDataList: [{ tag_type: tagType, pos_sentences: keywords.map((name) => ({ name })) }] });
  if (res.status !== 200) throw new Error(`createSentence: ${res.text}`);
  return res.body.sentence_id as string;
}

/** A dialog rule with one flow of one script per (operator, sentence); returns the ids. */
export async function dialogRule(call: SqmCaller, ruleName: string, clauses: Array<{ op: string; sentence: string; role?: string; position?: string; distance?: number }>, options: { score?: number; method?: string; min?: number } = {}) {
  const rule = await call('conversation-rules/addRule', { rule_name: ruleName, description: ruleName, severity: 'normal', score_type: 'invalid', score: options.score ?? 3, method: options.method ?? 'positive', min: options.min ?? 1, other: {} });
  if (rule.status !== 200) throw new Error(`addRule: ${rule.text}`);
  const flow = await call('conversation-rules/addConversationFlow', { flow_name: `${ruleName} flow`, min: 1, expression: clauses[0]!.op, rule_id: rule.body.rule_id });
  const scripts: string[] = [];
  for (const c of clauses) {
    const sg = await call('conversation-rules/addSentenceGroup', { sentences: [c.sentence], role: c.role ?? 'staff', position: c.position ?? 'any', position_distance: c.distance ?? 0, SGType: c.op, dialogue_flow_id: flow.body.flow_id });
    if (sg.status !== 200) throw new Error(`addSentenceGroup: ${sg.text}`);
    scripts.push(sg.body.sg_id);
  }
  return { ruleId: rule.body.rule_id as string, flowId: flow.body.flow_id as string, scripts };
}

/** An enabled voice scenario over the given rules. */
export async function enabledScenario(call: SqmCaller, groupName: string, lists: { rules?: string[]; silence_rules?: string[]; speed_rules?: string[]; interposal_rules?: string[] }, ignoreSensitive = 0): Promise<string> {
  const created = await call('scenariomanage/createScenario', { group_name: groupName, description: groupName, ignore_sensitive: ignoreSensitive, other: {} });
  const groupId = created.body.group_id as string;
  const updated = await call('scenariomanage/updateScenario', { group_id: groupId, group_name: groupName, is_enable: 1, ...lists });
  if (updated.status !== 200) throw new Error(`updateScenario: ${updated.text}`);
  return groupId;
}

/** A finished recording of the demo tenant's agent, as the engine's recording index writes it. */
export async function recordedCall(app: TestApp, n: number, options: { agentId?: string; beginMs: number; lengthMs?: number; vdnId?: number }) {
  const agentId = options.agentId ?? String(101 + (n % 3));
  const stem = `08${String(n).padStart(4, '0')}1`;
  const row = {
    recordId: `rec${n}`, vdnId: options.vdnId ?? 1, taskId: `task${n}`, agentId, callId: `1767600000-${1000 + n}`, callerNumber: '13800000000', calleeNo: '4001',
    beginMs: options.beginMs, endMs: options.beginMs + (options.lengthMs ?? 60_000), fileName: `Y:/${options.vdnId ?? 1}/0/20260105/${agentId}/${stem}.V3`, locationId: '0', callType: 0, mediaType: 1,
    userWantedSkillId: null, currentSkillId: null, status: 'done',
  };
  await app.services.repos.ctiRecords.insertRecordings([row]);
  return row;
}
