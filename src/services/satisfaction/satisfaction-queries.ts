import type { Repositories } from '../../store/index.ts';

/** One entry of 5.4.2's `data` (Table 5-114, ref L6383–6388). */
export interface SatisfactionSurveyView {
  accessCode: string;
  channelType: string;
  feedbackType: string;
  ivrId: string;
}

/**
 * CEC §5.4.2 querySatisfactionConfig: whether the tenant's satisfaction survey is enabled and which
 * IVR flow runs it. "If this function is disabled, data is empty" (ref L6382); "currently, only
 * one value is returned" (ref L6383). `ivrId` is the flow's 19-digit identifier (ref L6408), not
 * its small flow id. A tenant without a survey configuration has it disabled.
 */
export async function querySatisfactionSurvey(repos: Repositories, vdnId: number): Promise<{ enabled: boolean; data: SatisfactionSurveyView[] }> {
  const config = await repos.ivr.findSatisfactionConfig(vdnId);
  if (!config || config.enabled !== 1) return { enabled: false, data: [] };
  const flow = config.ivrFlowId === null ? undefined : await repos.ivr.findFlow(vdnId, config.ivrFlowId);
  if (!flow) return { enabled: true, data: [] };
  return { enabled: true, data: [{ accessCode: flow.accessCode, channelType: config.channelType, feedbackType: config.feedbackType, ivrId: flow.ivrId }] };
}

/** One evaluation of 5.4.3 (Table 5-117, ref L6462–6464). */
export interface SatisfactionEvaluationView {
  channel: string;
  evaluationValue: string;
  evaluationTime: number;
}

/**
 * CEC §5.4.3 satisfaction/query: the evaluation of call `callId` made in [beginTime, endTime]
 * (epoch ms, both inclusive). Every field of the evaluation is optional in Table 5-117 while the
 * object is mandatory, so a call without an evaluation in the window answers an empty object
 * (decision 0305). When a customer was asked twice in the window, the latest answer counts.
 */
export async function findSatisfactionEvaluation(repos: Repositories, vdnId: number, callId: string, beginTimeMs: number, endTimeMs: number): Promise<SatisfactionEvaluationView | Record<string, never>> {
  const row = await repos.ivr.findSatisfactionResult(vdnId, callId, beginTimeMs, endTimeMs);
  if (!row) return {};
  return { channel: row.channel, evaluationValue: row.evaluationValue, evaluationTime: Number(row.evaluationTimeMs) };
}
