// The engine's public door: other folders of src/ import the engine only through this file.
// Inside, capabilities live in subfolders, each with an index.ts, importing each other downward only:
// core → records → routing → ivr → agent-state → calls → call-control → sessions → inspection → media-play → system-calls → dialer
// (queries read core).
// See docs/architecture.md, "The engine".

export { TenantEngine } from './tenant-engine.ts';
export type { EngineDeps, EngineIds, EngineSettings } from './core/index.ts';
export { EngineRegistry, type RegistryDeps } from './engine-registry.ts';
export { KeyedMutex } from './core/index.ts';
export * from './core/index.ts';
export { signIn, signOut, signOutCause, internalSessionOptions, guidValid, guidUse, rotateGuidIfDue, renewGuid, touch, type SignInRequest, type SignOutKind } from './sessions/index.ts';
export { resumeSession, snapshotSession, type SessionSnapshot, type SessionDetails, type SavedLeg } from './sessions/index.ts';
export { requestWork, startRestTimer, type WorkParams } from './agent-state/index.ts';
export { answer, callView, takeBack, connectAgent, offerCall } from './calls/index.ts';
export { customerHangsUp, releaseByAgent, currentLeg, finishAgentLeg } from './calls/index.ts';
export { customerDials, type InboundDial } from './calls/index.ts';
export { callout, type CalloutRequest } from './calls/index.ts';
export { digitsPressed } from './ivr/index.ts';
export { refreshAvailability, isAvailable } from './routing/index.ts';
export { enqueue, serveAgent, serveQueue, leaveQueue } from './routing/index.ts';
export { settleAfterCall, releasePhone } from './agent-state/index.ts';
export { DeviceType, LeaveReason, ReleaseCause, openCdr, closeCdr, endCall } from './records/index.ts';
export { beginOperation, endOperation, OpType } from './records/index.ts';
export { startRecording, stopRecording } from './records/index.ts';
export { createCall } from './calls/index.ts';
export { hold, getHold, beginMute, endMute, heldCallsMax } from './calls/index.ts';
export { callInner, type InnerCallRequest } from './call-control/index.ts';
export { innerHelp, type InnerHelpRequest } from './call-control/index.ts';
export { connectHold, confJoin } from './call-control/index.ts';
export { transfer, type TransferRequest } from './call-control/index.ts';
export { cancelTransfer } from './call-control/index.ts';
export { disconnectParty } from './calls/index.ts';
export { secondDial, transmitConferenceDigits } from './call-control/index.ts';
export { reject, phonePickUp, phoneHangUp } from './calls/index.ts';
export { snatchPickup, requestCall } from './calls/index.ts';
export { previewCallout } from './dialer/index.ts';
export { startDialerCampaign, updateDialerCampaign, pauseDialerCampaign, resumeDialerCampaign, stopDialerCampaign, feedDialer, dialerStatus, type DialerStatus } from './dialer/index.ts';
export { mediaSwitch, adjustVideoMode } from './calls/index.ts';
export { isConference, partnersOf } from './calls/index.ts';
export * from './queries/index.ts';
export { startMonitor, switchMonitor, stopMonitor, ownSession, intercept, MonitorCommand, type InspectionScope, type InspectionRequest, tenantWideScope, inspectorRoleId, isInspector } from './inspection/index.ts';
export { forceBusy, forceIdle, forceRest, forceSignOut, forceReleaseCall, adjustSkills } from './inspection/index.ts';
export { monitoredLeg, monitorsOn } from './calls/index.ts';
export { setAutoAnswer, setAutoEnterIdle, setTalkRight, setCustomState, cancelCustomState, customStateOf, customStateNone, customStateMax } from './sessions/index.ts';
export { resetSkills, configuredSkillIds, type SkillSelection } from './sessions/index.ts';
export { sendNote, noteRecipientsMax, noteContentBytesMax } from './sessions/index.ts';
export { issuePhoneToken, phoneTokenValid, phoneTokenTtlMs } from './sessions/index.ts';
export { signInMobile, signOutMobile, isMobileAgent, type MobileSignInRequest } from './sessions/index.ts';
export { startPlayback, pausePlayback, resumePlayback, jumpPlayback, stopPlayback, playbackPositionMs, StopPlayCause, type PlayRequest } from './media-play/index.ts';
export { startSelfRecording, stopSelfRecording, selfRecordingMediaType, startScreenRecording, stopScreenRecording, screenRecordingMediaType } from './media-play/index.ts';
export { stopEngine } from './shutdown.ts';
export * from './system-calls/index.ts';
export {
  customerSends,
  openSession,
  findSession,
  chatQueueInfo,
  takeDownlink,
  sessionByCallId,
  liveChatCount,
  ratedCallOf,
  agentSendsMessage,
  setCallNums,
  transferChat,
  answerChat,
  hasRingingChat,
  endChat,
  plugChatBot,
  botAnswers,
  type BotAnswer,
  startScriptedChat,
  type ChatScript,
  createClickToCall,
  nextClickToCallEvent,
  dropClickToCall,
  chatBotOf,
  h5ConnectInfo,
  isChatOf,
  agentEndsChat,
  captureImage,
  type ChatBot,
  type ChatBotReply,
  type ChatSession,
  type CustomerMessage,
  type SendOutcome,
  type AgentChatData,
  type ChatTransfer,
  type ChatQueueInfo,
} from './chat/index.ts';
export * from './conference/index.ts';
