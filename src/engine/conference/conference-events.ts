import type { EngineCore } from '../core/index.ts';
import type { ConfParticipant, Conference } from './conference-types.ts';

/** AgentConf_ParticipantChanged changeType (ref L20930). */
export const ChangeType = { joined: 0, left: 1, chairChanged: 2, muted: 3, unmuted: 4, held: 5, unheld: 6 } as const;

/** AgentConf_ParticipantChanged changeReason for changeType 1 (ref L20935); 255 otherwise (the example). */
export const ChangeReason = { left: 0, removed: 1, hungUp: 2, conferenceEnded: 3, signedOut: 4, other: 6, none: 255 } as const;

/** The agents of the conference who are in it now (joined), the chair among them. */
export function joinedAgents(conf: Conference): number[] {
  const out: number[] = [];
  for (const p of conf.participants.values()) if (p.addressType === '9' && p.state === 'joined') out.push(Number(p.address));
  return out;
}

/**
 * AgentConf_ParticipantChanged (Table of ref L20927) to every agent in the conference but the one
 * the change is about when `exceptSelf` (it hears its own events instead): result 0 for a change
 * that happened, 1 for an invitation that failed (decision 0460).
 */
export function participantChanged(
  engine: EngineCore,
  conf: Conference,
  participant: ConfParticipant,
  change: { changeType: number; changeReason?: number; result?: number; exceptSelf?: boolean },
): void {
  const content = {
    result: change.result ?? 0,
    changeReason: change.changeType === ChangeType.left ? (change.changeReason ?? ChangeReason.other) : ChangeReason.none,
    changeType: change.changeType,
    confId: conf.confId,
    participant: participant.address,
    participantType: Number(participant.addressType),
    deviceCallType: participant.deviceCallType,
    deviceType: participant.deviceType,
  };
  for (const workNo of joinedAgents(conf)) {
    if (change.exceptSelf !== false && participant.addressType === '9' && String(workNo) === participant.address) continue;
    engine.emit(workNo, 'AgentConf_ParticipantChanged', content);
  }
}

export function confIdContent(conf: Conference): { confId: number } {
  return { confId: conf.confId };
}
