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
  // Agent conferences (§6.1.6; Table 6-449 101-001…101-007) and a CTI conference cause (Table 6-450) passed through.
  | 'ConfNone'
  | 'ConfNotChair'
  | 'ConfAlreadyIn'
  | 'ConfNotInspector'
  | 'ConfShiftToSelf'
  | 'ConfRemoveSelf'
  | 'ConfChairCannotLeave'
  | 'ConfOperationFailed'
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
  /** The CTI cause code behind the rejection, passed through as `result.errorReason` (Tables 6-330, 6-335). */
  readonly cause?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(tag: RejectionTag, detail: string): Result<T> => ({ ok: false, rejection: { tag, detail } });
