import type { Rejection, RejectionTag } from '../../engine/index.ts';
import { CecError } from '../../http/cec-error.ts';

/**
 * Engine rejections → CC-Gateway codes (Table 6-449, ref L21262–21466) and their messages. One
 * table for every agent-gateway interface, so a state error reads the same everywhere.
 */
const codes: Record<RejectionTag, [code: string, message: string]> = {
  InvalidParameter: ['000-002', 'The parameter or address in the URL is incorrect, or an interface parameter is invalid.'],
  SignInParameterInvalid: ['100-001', 'The sign-in parameter is empty or invalid.'],
  NotSignedIn: ['100-006', 'The agent has not signed in.'],
  AlreadySignedIn: ['100-002', 'The agent has signed in.'],
  WrongPassword: ['100-004', 'The user name or password is incorrect.'],
  AccountLocked: ['110-016', 'The account is locked.'],
  AgentTypeIncorrect: ['100-012', 'The agent type is incorrect during sign-in.'],
  PhoneInvalid: ['100-013', 'The bound phone number is invalid.'],
  PhoneOutOfRange: ['100-014', 'The phone number used for the agent to sign in is not within the configured range.'],
  SignInLimit: ['999-003', 'The number of signed-in agents exceeds the maximum.'],
  SignOutParameterInvalid: ['100-005', 'The sign-out parameter is invalid.'],
  SignOutInCall: ['100-010', 'A state error occurs during sign-out.'],
  AlreadySignedOut: ['100-008', 'The agent has signed out.'],
  StateIncorrect: ['100-009', 'The agent status is incorrect.'],
  ForceChangePassword: ['100-007', 'The agent must change the password before making calls.'],
  NoCallToAnswer: ['200-002', 'There is no call to be answered or rejected.'],
  NoCallToRelease: ['200-017', 'There is no call to be ended.'],
  NoSuchCall: ['200-025', 'There is no call to be released.'],
  OutboundNumberIncorrect: ['200-001', 'The outbound number is incorrect.'],
  NoCallToHold: ['200-013', 'There is no call to be held.'],
  HoldStateError: ['200-014', 'A state error occurs after the call is held.'],
  NoHeldCall: ['200-015', 'There is no call to be unheld.'],
  UnholdStateError: ['200-016', 'A state error occurs after the call is unheld.'],
  NoCallToMute: ['200-003', 'There is no call to be muted.'],
  MuteStateError: ['200-004', 'A state error occurs after the call is muted.'],
  NoCallToUnmute: ['200-007', 'There is no call to be unmuted.'],
  UnmuteStateError: ['200-008', 'A state error occurs after the call is unmuted.'],
  NoCallToTransfer: ['200-012', 'There is no call to be transferred.'],
  NoCallToConsult: ['200-018', 'There is no call for internal consultation.'],
  NoCallForConference: ['200-010', 'There is no call for a three-party call.'],
  ConferenceHoldFailed: ['200-011', 'Holding the call failed during the three-party call.'],
  NoPartyToRelease: ['200-023', 'There is no call of the specified number to be released.'],
  PartyOfOlderCall: ['200-024', 'Only a party of the last call can be released.'],
  NoRingingCallToReject: ['200-037', 'There is no ringing call to be rejected.'],
  NoCallData: ['400-001', 'There is no call information when call data is configured.'],
  NoHeldCallList: ['400-003', 'There is no traffic information for the hold queue.'],
  NoPermission: ['300-001', 'The agent has no permission to query agent information.'],
  NotFound: ['300-002', 'No agent information is found.'],
  PreviewInvalid: ['200-036', 'The preview outbound call parameter is invalid.'],
  MediaSwitchNoCall: ['200-027', 'No call exists during the audio and video switchover.'],
  MediaSwitchMediaInvalid: ['200-028', 'Incorrect media type during the audio and video switchover.'],
  MediaSwitchCallTypeInvalid: ['200-029', 'Incorrect call type during the audio and video switchover.'],
  MediaSwitchFailed: ['200-030', 'Error in the audio and video switchover request.'],
  VideoModeInvalid: ['200-031', 'An error occurred during the adjustment of three-party video image parameters.'],
  VideoModeNoCall: ['200-032', 'No call is available during the adjustment of three-party video images.'],
  VideoModeCallTypeInvalid: ['200-033', 'A call type error occurred during the adjustment of three-party video images.'],
  VideoModeStateError: ['200-034', 'A call status error occurred during the adjustment of three-party video images.'],
  ConfTransmitFailed: ['10001', 'Passing numbers in the conference failed.'],
  Internal: ['100-007', 'An exception occurred during the operation.'],
  // Multimedia sessions (§6.1.5; Table 6-449 ref L21325–21342).
  MultimediaDisabled: ['106-001', 'The multimedia function is disabled.'],
  ChatMessageEmpty: ['106-002', 'An empty message is sent.'],
  ChatSessionsMax: ['106-003', 'The number of sessions exceeds the maximum value (60).'],
  ChatTransferDeviceType: ['106-004', 'The session transfer device type is not supported.'],
  ChatTransferFailed: ['106-005', 'An internal error occurs in session transfer, or the transfer-out mode or device type is not supported.'],
  ChatTransferAgentEmpty: ['106-006', 'The agent information is empty during session transfer.'],
  ChatMessageTooLong: ['106-007', 'The message content length exceeds the upper limit (2048 bytes).'],
  ChatChannelIncorrect: ['106-008', 'The channel type is incorrect.'],
  ChatTransferDataTooLong: ['106-009', 'The maximum size of data that can be carried during session transfer is 2048 bytes.'],
  ChatTransferMode: ['106-010', 'The transfer-out mode is not supported during session transfer.'],
  ChatParameterEmpty: ['106-011', 'The parameter is empty.'],
  ChatShortRange: ['106-012', 'The value is beyond the short range.'],
  ChatCallIdEmpty: ['106-013', 'When an agent sends a multimedia message, the call ID is empty.'],
  ChatCallIdInvalid: ['106-014', 'When an agent sends a multimedia message, the call ID is invalid (not the call ID of the current agent).'],
  ChatUserTypeInvalid: ['106-015', 'Invalid user type.'],
  // Agent conferences (§6.1.6; Table 6-449 ref L21298–21304).
  ConfNone: ['101-001', 'The agent does not have a conference call.'],
  ConfNotChair: ['101-002', 'The agent is not the chairperson of the current conference call.'],
  ConfAlreadyIn: ['101-003', 'The agent is in a conference.'],
  ConfNotInspector: ['101-004', 'A non-inspector does not have the permission to query VDN conferences.'],
  ConfShiftToSelf: ['101-005', 'The permission of a chairperson cannot be transferred to itself.'],
  ConfRemoveSelf: ['101-006', 'A chairperson cannot delete itself.'],
  ConfChairCannotLeave: ['101-007', 'The chairperson cannot leave the conference.'],
  // A CTI conference cause (Table 6-450) behind a refused operation: passed through as result.errorReason (decision 0460).
  ConfOperationFailed: ['100-007', 'An exception occurred during the operation.'],
  // Quality check (§12.1; Table 6-449 ref L21272, L21452–21464).
  QcSelf: ['000-005', 'The agent to be inspected is the inspector.'],
  QcNoProvider: ['900-001', 'The NOPROVIDER error occurs during quality check.'],
  QcNoPermission: ['900-002', 'No permission exists during quality check.'],
  QcUnavailable: ['900-003', 'The ResourceUnavailableException error occurs during quality check.'],
  QcNoAgentInfo: ['900-004', 'No agent information is found during quality check monitoring.'],
  QcStateAbnormal: ['900-005', 'The status is abnormal during quality check.'],
  QcTargetIsInspector: ['900-010', 'The inspected agent cannot be an inspector.'],
};

/** The CecError for an engine rejection; `override` lets an interface use its documented code. */
export function gatewayError(rejection: Rejection, override?: Partial<Record<RejectionTag, string>>): CecError {
  const [code, message] = codes[rejection.tag];
  const extra = rejection.cause === undefined ? undefined : { result: { errorReason: rejection.cause } };
  return new CecError(override?.[rejection.tag] ?? code, rejection.detail ? `${message} (${rejection.detail})` : message, { extra });
}

export function gatewayCode(tag: RejectionTag): string {
  return codes[tag][0];
}

/**
 * Failures of the query interfaces (5.2.5–5.2.13, 6.1.3) that are not engine rejections: the
 * condition is found by reading state, not by a command. Codes and wording from Table 6-449
 * (ref L21262–21680).
 */
const queryCodes = {
  '000-002': 'The parameter or address in the URL is incorrect, or an interface parameter is invalid.',
  '100-007': 'An exception occurred during the operation.',
  '100-011': 'The parameter is invalid.',
  '300-001': 'The agent has no permission to query agent information.',
  '300-002': 'No agent information is found.',
  '400-001': 'There is no call information when call data is configured.',
  '400-003': 'There is no traffic information for the hold queue.',
  '600-004': 'No IVR configuration is found for the VDN.',
  '600-005': 'No skill queue information is found for the VDN of the agent.',
  '900-002': 'No permission exists during quality check.',
  '999-002': 'Message query overload.',
} as const;

export type QueryFailureCode = keyof typeof queryCodes;

/** The CecError of a query failure, with the table's wording and, when given, what was not found. */
export function queryFailure(code: QueryFailureCode, detail?: string): CecError {
  const message = queryCodes[code];
  return new CecError(code, detail ? `${message} (${detail})` : message);
}
