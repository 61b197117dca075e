import type { InspectionRejectionTag } from './monitor-types.ts';

/** Why the engine refused a request; the API families map tags to their documented codes. */
export type RejectionTag =
  | 'InvalidParameter'
  | 'SignInParameterInvalid'
  | 'NotSignedIn'
  | 'AlreadySignedIn'
  | 'WrongPassword'
  | 'AccountLocked'
  | 'AgentTypeIncorrect'
  | 'PhoneInvalid'
  | 'PhoneOutOfRange'
  | 'SignOutParameterInvalid'
  | 'SignOutInCall'
  | 'SignInLimit'
  | 'AlreadySignedOut'
  | 'StateIncorrect'
  | 'ForceChangePassword'
  | 'NoCallToAnswer'
  | 'NoCallToRelease'
  | 'NoSuchCall'
  | 'OutboundNumberIncorrect'
  | 'NoCallToHold'
  | 'HoldStateError'
  | 'NoHeldCall'
  | 'UnholdStateError'
  | 'NoCallToMute'
  | 'MuteStateError'
  | 'NoCallToUnmute'
  | 'UnmuteStateError'
  | 'NoCallToTransfer'
  | 'NoCallToConsult'
  | 'NoCallForConference'
  | 'ConferenceHoldFailed'
  | 'NoPartyToRelease'
  | 'PartyOfOlderCall'
  | 'NoRingingCallToReject'
  | 'NoCallData'
  | 'NoHeldCallList'
  | 'NoPermission'
  | 'NotFound'
  | 'PreviewInvalid'
  | 'MediaSwitchNoCall'
  | 'MediaSwitchMediaInvalid'
  | 'MediaSwitchCallTypeInvalid'
  | 'MediaSwitchFailed'
  | 'VideoModeInvalid'
  | 'VideoModeNoCall'
  | 'VideoModeCallTypeInvalid'
  | 'VideoModeStateError'
  | 'ConfTransmitFailed'
  | 'Internal'
  | ChatRejectionTag
  | InspectionRejectionTag;

/** Rejections of the agent's chat interfaces (6.1.5; the 106 codes of Table 6-449). */
export type ChatRejectionTag =
  | 'MultimediaDisabled'
  | 'ChatMessageEmpty'
  | 'ChatSessionsMax'
  | 'ChatTransferDeviceType'
  | 'ChatTransferFailed'
  | 'ChatTransferAgentEmpty'
  | 'ChatMessageTooLong'
  | 'ChatChannelIncorrect'
  | 'ChatTransferDataTooLong'
  | 'ChatTransferMode'
  | 'ChatParameterEmpty'
  | 'ChatShortRange'
  | 'ChatCallIdEmpty'
  | 'ChatCallIdInvalid'
  | 'ChatUserTypeInvalid';

export interface Rejection {
  readonly tag: RejectionTag;
  readonly detail: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(tag: RejectionTag, detail: string): Result<T> => ({ ok: false, rejection: { tag, detail } });
