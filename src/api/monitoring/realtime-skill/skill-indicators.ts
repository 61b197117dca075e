import { Type } from '@sinclair/typebox';
import { secondsSince } from '../realtime-request.ts';
import type { SkillLive } from './skill-live.ts';

/**
 * The real-time skill indicators of Table 12-687 (§12.3.8.1.1, ref L64339–L64357; note 08
 * §4.18.2) and how each is read from the live state of the skill queue. Agent counts are over the
 * agents signed in to the skill; "wrap-up" covers working (6) and adjusting (10).
 */
const skillIndicators = {
  IDX_COUNT_REAL_SKILL_QUEUE: (s: SkillLive) => s.queueSize,
  IDX_COUNT_REAL_SKILL_HANDLE: (s: SkillLive) => s.handling,
  IDX_DURATION_SKILL_MAX_QUEUE_ACK: (s: SkillLive, nowMs: number) => (s.oldestWaitingSinceMs === null ? 0 : secondsSince(s.oldestWaitingSinceMs, nowMs)),
  IDX_COUNT_20S_CALL_FOR_5MIN: (s: SkillLive) => s.window.counts.connectedIn20,
  IDX_COUNT_REAL_AGENT_SIGN_IN: (s: SkillLive) => s.agents.loginEd,
  IDX_COUNT_REAL_AGENT_CONNECT: (s: SkillLive) => s.agents.talking,
  IDX_COUNT_REAL_AGENT_SET_IDLE: (s: SkillLive) => s.agents.idle,
  IDX_COUNT_REAL_AGENT_USABLE: (s: SkillLive) => s.agents.usable,
  IDX_COUNT_REAL_AGENT_SET_BUSY: (s: SkillLive) => s.agents.setBusy,
  IDX_COUNT_REAL_AGENT_ACW: (s: SkillLive) => s.agents.workSubStateBegin + s.agents.lateAdjust,
  IDX_COUNT_REAL_AGENT_REST: (s: SkillLive) => s.agents.rest,
  IDX_COUNT_REAL_AGENT_STUDY: (s: SkillLive) => s.agents.studying,
} as const;

export type SkillIndicatorId = keyof typeof skillIndicators;

export const skillIndicatorIds = Object.keys(skillIndicators) as SkillIndicatorId[];

/** `indexIds`: at most 12 codes of Table 12-687 (ref L57086); another code is 0100002. */
export const SkillIndexIdsSchema = Type.Array(Type.Union(skillIndicatorIds.map((id) => Type.Literal(id))), { minItems: 1, maxItems: 12, description: 'Indicator codes of Table 12-687' });

/** The value of an indicator as the example prints it: a string (ref L57121–L57260). */
export function skillIndicatorValue(id: SkillIndicatorId, live: SkillLive, nowMs: number): string {
  return String(skillIndicators[id](live, nowMs));
}
