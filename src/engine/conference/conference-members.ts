import type { EngineCore, Result } from '../core/index.ts';
import { fail, ok } from '../core/index.ts';
import { LeaveReason } from '../records/index.ts';
import { chairedConference, conferenceOf, confFail } from './conference-book.ts';
import { ChangeReason } from './conference-events.ts';
import { agentLeavesConference, endConference, numberLeavesConference } from './conference-end.ts';
import { participantKey, type AddressType } from './conference-types.ts';

/** CTI cause 21229: zero participants given for batch deletion. */
const causeNoneRemoved = 21229;

/**
 * CEC §6.1.6.4 requestleaveagentconf: a participant leaves (StopRecordDone, PhoneRelease,
 * SelfLeaveResult); the others hear ParticipantChanged {changeType 1, changeReason 0}. The chair
 * may not leave (101-007): it ends the conference instead.
 */
export function leaveConference(engine: EngineCore, workNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const conf = conferenceOf(engine, workNo);
  if (!conf || conf.participants.get(participantKey('9', String(workNo)))?.state !== 'joined') return fail('ConfNone', 'the agent is in no conference');
  if (conf.chairWorkNo === workNo) return fail('ConfChairCannotLeave', 'the chair ends the conference with releaseagentconf');
  agentLeavesConference(engine, conf, agent, { changeReason: ChangeReason.left, leaveReason: LeaveReason.agentReleased });
  return ok(null);
}

/**
 * CEC §6.1.6.5 releaseagentconf: the chair ends the conference: each agent hears its
 * StopRecordDone, PhoneRelease, SelfLeaveResult and AgentState_Ready (the chair first), and the
 * numbers are dropped.
 */
export function releaseConference(engine: EngineCore, workNo: number): Result<null> {
  const chaired = chairedConference(engine, workNo);
  if (!chaired.ok) return chaired;
  endConference(engine, chaired.value, {});
  return ok(null);
}

export interface ConfAddress {
  addressType: AddressType;
  address: string;
}

/**
 * CEC §6.1.6.11 batchremoveparticipant: removes up to 30 parties (joined or being called). The
 * chair may not remove itself (101-006, CTI 21217); an empty list is CTI 21229. Addresses not in
 * the conference are listed in `noExistParticipants` and the rest still go. A removed agent hears
 * its leaving events; the others ParticipantChanged {changeType 1, changeReason 1}.
 */
export function batchRemoveParticipants(engine: EngineCore, workNo: number, addresses: ConfAddress[]): Result<{ noExistParticipants: ConfAddress[] }> {
  const chaired = chairedConference(engine, workNo);
  if (!chaired.ok) return chaired;
  const conf = chaired.value;
  if (addresses.length === 0) return confFail(causeNoneRemoved, 'no participant to remove');
  if (addresses.some((a) => a.addressType === '9' && a.address === String(workNo))) return fail('ConfRemoveSelf', 'the chair is in the list');
  const noExistParticipants: ConfAddress[] = [];
  for (const address of addresses) {
    const participant = conf.participants.get(participantKey(address.addressType, address.address));
    if (!participant) {
      noExistParticipants.push({ addressType: address.addressType, address: address.address });
      continue;
    }
    const how = { changeReason: ChangeReason.removed, leaveReason: LeaveReason.removedFromConference };
    const agent = address.addressType === '9' ? engine.agents.get(Number(address.address)) : undefined;
    if (agent) agentLeavesConference(engine, conf, agent, how);
    else numberLeavesConference(engine, conf, participant, how);
  }
  return ok({ noExistParticipants });
}
