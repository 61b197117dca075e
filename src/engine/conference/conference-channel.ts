import type { EngineCore, Result } from '../core/index.ts';
import { fail, ok } from '../core/index.ts';
import { confFail, joinedParticipant } from './conference-book.ts';
import { ChangeType, confIdContent, participantChanged } from './conference-events.ts';
import { conferenceMembersMax } from './conference-apply.ts';
import { participantKey, type Conference } from './conference-types.ts';

/** CTI causes of Table 6-450 for channel operations. */
const cause = { alreadyHeld: 21251, notHeld: 21252, increaseBeyondMax: 21238, decreaseBeyondFree: 21239 } as const;

/**
 * CEC §6.1.6.6 holdparticipant: the channel is held and hears the music file (channelState 1);
 * the others hear ParticipantChanged {changeType 5}. A held channel: CTI 21251.
 */
export function holdParticipant(engine: EngineCore, conf: Conference, addressType: string, address: string, voicePath: string): Result<null> {
  const found = joinedParticipant(conf, addressType, address);
  if (!found.ok) return found;
  const participant = found.value;
  const held = participant.channelState === 1 || participant.announcement?.resumeState === 1;
  if (held) return confFail(cause.alreadyHeld, `${address} is already held`);
  if (participant.announcement) participant.announcement.resumeState = 1;
  else participant.channelState = 1;
  participant.holdVoicePath = voicePath;
  participantChanged(engine, conf, participant, { changeType: ChangeType.held, exceptSelf: false });
  return ok(null);
}

/** CEC §6.1.6.7 unholdparticipant: the held channel talks again (changeType 6); a channel not held: CTI 21252. */
export function unholdParticipant(engine: EngineCore, conf: Conference, addressType: string, address: string): Result<null> {
  const found = joinedParticipant(conf, addressType, address);
  if (!found.ok) return found;
  const participant = found.value;
  if (participant.announcement?.resumeState === 1) participant.announcement.resumeState = 0;
  else if (participant.channelState === 1) participant.channelState = 0;
  else return confFail(cause.notHeld, `${address} is not held`);
  participant.holdVoicePath = null;
  participantChanged(engine, conf, participant, { changeType: ChangeType.unheld, exceptSelf: false });
  return ok(null);
}

/**
 * CEC §6.1.6.12 changeparticipantmode: sets the channel's listen/speak attribute (Table 6-321).
 * Only 1 (listen only: muted, changeType 3) and 3 (listen and speak: unmuted, changeType 4) are
 * told (ref L15556–15560); 2 and 4 change the channel silently.
 */
export function changeParticipantMode(engine: EngineCore, conf: Conference, addressType: string, address: string, attribute: number): Result<null> {
  const found = joinedParticipant(conf, addressType, address);
  if (!found.ok) return found;
  found.value.channelAttrib = attribute;
  if (attribute === 1) participantChanged(engine, conf, found.value, { changeType: ChangeType.muted, exceptSelf: false });
  if (attribute === 3) participantChanged(engine, conf, found.value, { changeType: ChangeType.unmuted, exceptSelf: false });
  return ok(null);
}

/**
 * CEC §6.1.6.9 applytoshiftpresident: the chair hands its role to an agent in the conference:
 * AgentConf_PresidentChanged to the new chair, ParticipantChanged {changeType 2} to every agent.
 * To itself: 101-005; to an agent not in the conference: CTI 21237.
 */
export function shiftChair(engine: EngineCore, conf: Conference, destWorkNo: number): Result<null> {
  if (destWorkNo === conf.chairWorkNo) return fail('ConfShiftToSelf', 'the chair cannot hand the role to itself');
  const found = joinedParticipant(conf, '9', String(destWorkNo));
  if (!found.ok) return found;
  conf.participants.get(participantKey('9', String(conf.chairWorkNo)))!.role = 0;
  found.value.role = 1;
  conf.chairWorkNo = destWorkNo;
  engine.emit(destWorkNo, 'AgentConf_PresidentChanged', confIdContent(conf));
  participantChanged(engine, conf, found.value, { changeType: ChangeType.chairChanged, exceptSelf: false });
  return ok(null);
}

/**
 * CEC §6.1.6.17 modifyconfresource: more seats (modifyType 0) up to 120 in all (CTI 21238), or
 * fewer (1) but no more than are free (CTI 21239). No event.
 */
export function modifyConferenceSeats(conf: Conference, modifyType: number, modifyNum: number): Result<null> {
  if (modifyType === 0) {
    if (conf.memberNum + modifyNum > conferenceMembersMax) return confFail(cause.increaseBeyondMax, `${conf.memberNum} + ${modifyNum} exceeds ${conferenceMembersMax}`);
    conf.memberNum += modifyNum;
    return ok(null);
  }
  if (modifyNum > conf.memberNum - conf.participants.size) return confFail(cause.decreaseBeyondFree, `${conf.memberNum - conf.participants.size} seats are free`);
  conf.memberNum -= modifyNum;
  return ok(null);
}
