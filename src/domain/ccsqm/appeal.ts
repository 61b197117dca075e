import { conflict, invalid } from './failure.ts';

/**
 * The appeal workflow (§12.2.12.4, §12.2.16; note 07 §5.B.10, decision 1229): Create complaint →
 * Review (the leader) → Process (the inspector) → Check (the initiator) → Finish. Status codes
 * (ref L52226): 21 reviewing, 24 handling, 27 verifying, 22 completed.
 */
export type AppealStage = 'review' | 'process' | 'check' | 'finish';
export type AuditOperation = 'pass' | 'back' | 'assign';

export interface WorkflowNode {
  nodeName: string;
  nodeId: string;
  remark: string;
  createTime: number;
  handler: string;
  conclusion: 'Approve' | 'Reject' | '';
  assignHistoryList: Array<{ assignee: string; newHandler: string; originalHandler: string; assignTime: number }>;
}

export interface AppealHit {
  reviseId: string;
  ruleGroupId: string;
  ruleType: number;
  ruleId: string;
  ruleName: string;
  valid: 0 | 1;
  revise: -1 | 0 | 1;
  description: string;
}

export interface QualityItem {
  taskType: 1 | 2;
  stage: AppealStage;
  callUuid: string;
  callId: string;
  fileName: string;
  title: string;
  initiator: string;
  leader: string;
  inspector: string;
  handler: string;
  /** The handler of the previous node. */
  previousHandler: string;
  hits: AppealHit[];
  nodes: WorkflowNode[];
  createTime: number;
  updateTime: number;
}

export const stageStatus: Record<AppealStage, 21 | 24 | 27 | 22> = { review: 21, process: 24, check: 27, finish: 22 };
export const statusName: Record<number, string> = { 21: 'reviewing', 24: 'processing', 27: 'verifying', 22: 'end' };
const nodeName: Record<AppealStage, string> = { review: 'Review', process: 'Process', check: 'Check', finish: 'Finish' };

function node(stage: AppealStage | 'create', handler: string, at: number, remark: string, conclusion: WorkflowNode['conclusion'], seq: number): WorkflowNode {
  return { nodeName: stage === 'create' ? 'Create complaint' : nodeName[stage], nodeId: String(seq), remark, createTime: at, handler, conclusion, assignHistoryList: [] };
}

export function openAppeal(input: Omit<QualityItem, 'stage' | 'handler' | 'previousHandler' | 'nodes' | 'updateTime' | 'taskType'>, remark: string): QualityItem {
  return { ...input, taskType: 2, stage: 'review', handler: input.leader, previousHandler: input.initiator, nodes: [node('create', input.initiator, input.createTime, remark, '', 1)], updateTime: input.createTime };
}

/** The next stage, handler and node after `operation` by `actor` (only the current handler may act). */
export function audit(item: QualityItem, operation: AuditOperation, actor: string, at: number, remark: string, assignee?: string): QualityItem {
  if (item.stage === 'finish') throw conflict('Business failure. The appeal is finished.');
  if (actor !== item.handler) throw conflict('Business failure. Only the current handler may handle the appeal.');
  const seq = item.nodes.length + 1;
  if (operation === 'assign') {
    if (!assignee) throw invalid('Incorrect request. assignee is mandatory for assign.');
    return reassign(item, actor, assignee, at);
  }
  const approve = operation === 'pass';
  const done = node(item.stage, actor, at, remark, approve ? 'Approve' : 'Reject', seq);
  const next: Record<AppealStage, { pass: [AppealStage, string]; back: [AppealStage, string] }> = {
    review: { pass: ['process', assignee || item.inspector], back: ['finish', ''] },
    process: { pass: ['check', item.initiator], back: ['review', item.leader] },
    check: { pass: ['finish', ''], back: ['process', item.inspector] },
    finish: { pass: ['finish', ''], back: ['finish', ''] },
  };
  const [stage, handler] = next[item.stage][approve ? 'pass' : 'back'];
  const nodes = [...item.nodes, done];
  if (stage === 'finish') nodes.push(node('finish', actor, at, '', '', seq + 1));
  return { ...item, stage, handler, previousHandler: actor, nodes, updateTime: at, inspector: item.stage === 'review' && approve && assignee ? assignee : item.inspector };
}

/** The current node's handler changes (12.2.16.1, or auditOperation assign). */
export function reassign(item: QualityItem, by: string, newHandler: string, at: number): QualityItem {
  if (item.stage === 'finish') throw conflict('Business failure. The appeal is finished.');
  const nodes = item.nodes.map((n) => ({ ...n, assignHistoryList: [...n.assignHistoryList] }));
  nodes[nodes.length - 1]!.assignHistoryList.push({ assignee: by, newHandler, originalHandler: item.handler, assignTime: at });
  return { ...item, handler: newHandler, inspector: item.stage === 'process' ? newHandler : item.inspector, nodes, updateTime: at };
}

/** How the appeal ended for the call's complain_status: 0 open, 1 accepted, 2 rejected (note 07 §5.B.2). */
export function complainStatus(item: QualityItem): 0 | 1 | 2 {
  if (item.stage !== 'finish') return 0;
  return item.nodes.some((n) => n.nodeName === 'Check' && n.conclusion === 'Approve') ? 1 : 2;
}
