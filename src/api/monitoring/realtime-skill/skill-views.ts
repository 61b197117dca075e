import { Type } from '@sinclair/typebox';
import { skillQueueSnapshot, type TenantEngine } from '../../../engine/index.ts';
import type { WindowReading } from '../../../stats/realtime/index.ts';
import { secondsSince, wholeSeconds } from '../realtime-request.ts';

/** The empty-queue call id of 12.3.1.2.2 (ref L55797): 0xFFFFFFFF twice. */
export const noCallId = '4294967295-4294967295';

/** 12.3.1.2.2 Table 12-416: one skill queue's live status; an id the VDN lacks reads as empty (decision 0809). */
export function skillStatus(engine: TenantEngine, skillId: number): Record<string, unknown> {
  const snapshot = skillQueueSnapshot(engine, skillId);
  const oldest = snapshot?.longestWaiting ?? null;
  return {
    skillId,
    queueSize: snapshot?.queueSize ?? 0,
    loggedOnAgents: snapshot?.loggedOnAgents ?? 0,
    queueTime: oldest ? secondsSince(oldest.sinceMs, engine.now()) : 0,
    availAgents: snapshot?.availableAgents ?? 0,
    skillDescrip: snapshot?.name ?? '',
    callId: oldest?.callId ?? noCallId,
    maxQueueSize: snapshot?.maxQueueSize ?? 0,
  };
}

export const SkillStatusSchema = Type.Object({
  skillId: Type.Integer(),
  queueSize: Type.Integer(),
  loggedOnAgents: Type.Integer(),
  queueTime: Type.Integer({ description: 'Seconds the longest-waiting call has waited; 0 when none' }),
  availAgents: Type.Integer(),
  skillDescrip: Type.String(),
  callId: Type.String({ description: `The longest-waiting call; "${noCallId}" when none` }),
  maxQueueSize: Type.Integer(),
});

/**
 * 12.3.1.2.3 Table 12-412: the skill's counters of the current 5 minutes (decision 0808). The
 * example spells two keys `cnnedCallCount`/`cnnedIn20sCallCount` (ref L55954) where the table
 * writes `cnndCallCount`/`cnndIn20sCallCount`: both are sent (decision 0809).
 */
export function currentCallState(skillId: number, window: WindowReading): Record<string, unknown> {
  const c = window.counts;
  return {
    id: skillId,
    startTime: window.startMs,
    allCallCount: c.inbound,
    cnndCallCount: c.connected,
    cnnedCallCount: c.connected,
    abanCallCount: c.lost,
    callEndCount: c.ended,
    talkTimeOnIvr: wholeSeconds(c.ivrMs),
    cnndIn20sCallCount: c.connectedIn20,
    cnnedIn20sCallCount: c.connectedIn20,
    clearUpCallCount: c.wrapUps,
    clearUpTime: wholeSeconds(c.wrapUpMs),
  };
}

const count = (description: string) => Type.Integer({ minimum: 0, description });

export const CurrentCallStateSchema = Type.Object({
  id: Type.Integer({ description: 'Skill queue ID' }),
  startTime: Type.Integer({ description: 'Start of the current 5-minute window, epoch ms (UTC-aligned)' }),
  allCallCount: count('Inbound calls that entered the queue in the window'),
  cnndCallCount: count('Calls answered by an agent in the window'),
  cnnedCallCount: count('Same as cnndCallCount (the example spelling)'),
  abanCallCount: count('Calls lost in the window'),
  callEndCount: count('Calls of the skill that ended in the window'),
  talkTimeOnIvr: count('Seconds the calls spent in IVR flows'),
  cnndIn20sCallCount: count('Calls answered within 20 s of queueing'),
  cnnedIn20sCallCount: count('Same as cnndIn20sCallCount (the example spelling)'),
  clearUpCallCount: count('Wrap-ups that ended in the window'),
  clearUpTime: count('Total wrap-up seconds'),
});

/** 12.3.1.2.11 Table 12-447: service quality of the current 5 minutes, in the example's key order. */
export function serviceQuality(skillId: number, window: WindowReading): Record<string, unknown> {
  const c = window.counts;
  return {
    in15sCallNum: c.connectedIn15,
    skillId,
    wait15sLostNum: c.lostWaitUnder15,
    callLostNum: c.lost,
    in20sCallNum: c.connectedIn20,
    statStartTime: window.startMs,
    wait20sLostNum: c.lostWaitUnder20,
    inCallNum: c.inbound,
    connectedNum: c.connected,
  };
}

export const ServiceQualitySchema = Type.Object({
  in15sCallNum: count('Calls answered within 15 s'),
  skillId: Type.Integer(),
  wait15sLostNum: count('Calls lost after waiting less than 15 s'),
  callLostNum: count('Calls lost'),
  in20sCallNum: count('Calls answered within 20 s'),
  statStartTime: Type.Integer({ description: 'Start of the current 5-minute window, epoch ms' }),
  wait20sLostNum: count('Calls lost after waiting less than 20 s'),
  inCallNum: count('Inbound calls that entered the queue'),
  connectedNum: count('Calls answered by an agent'),
});
