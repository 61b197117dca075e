import type { EngineCore } from '../core/index.ts';
import { fail, type Result } from '../core/index.ts';
import { heldLegs, isConference, talkingLeg } from './call-parties.ts';

/** Agent type of a video agent (Table 6-3 agenttype 11, "PC+phone video"). */
const videoAgentType = 11;

/**
 * CEC §6.1.2.18 mediaswitch?mediaType=1|3: a video agent switches its voice call to video. The
 * checks follow Table 6-449's order of the interface's codes: a media type other than 1 or 3:
 * 200-028; no call in conversation: 200-027; a call outside the supported scenarios (an agent's
 * two-party audio call, inbound or outbound, ref L11104–11108): 200-029; anything the switch cannot
 * do: 200-030. The simulated network's terminals are voice-only, so a video agent's request is
 * refused by negotiation, like a voice agent's (decision 0412); no events follow a refusal.
 */
export function mediaSwitch(engine: EngineCore, workNo: number, mediaType: number): Result<never> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (mediaType !== 1 && mediaType !== 3) return fail('MediaSwitchMediaInvalid', 'mediaType must be 1 (audio) or 3 (video)');
  const leg = talkingLeg(agent);
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  if (!leg || !call) return fail('MediaSwitchNoCall', 'the agent has no call in conversation');
  const supported = (call.feature === 0 || call.feature === 7) && !call.link && !call.transfer && !isConference(engine, call);
  if (!supported) return fail('MediaSwitchCallTypeInvalid', `a call of type ${call.feature} in this state cannot switch media`);
  if (mediaType === 1) return fail('MediaSwitchFailed', 'the call is already an audio call');
  if (agent.options.agentType !== videoAgentType) return fail('MediaSwitchFailed', 'only a video agent (agent type 11) can switch to video');
  return fail('MediaSwitchFailed', `the terminal of ${call.customer?.number ?? 'the other party'} has no video capability`);
}

/**
 * CEC §6.1.2.19 adjustvideomode {mode 0–3}: the image layout of a three-party video call. A mode
 * out of range: 200-031; no call: 200-032; a call that is not a three-party video call (every call
 * of the simulated voice network): 200-033; a call on hold: 200-034. No events (note 02 §8.5 item 39).
 */
export function adjustVideoMode(engine: EngineCore, workNo: number, mode: number): Result<never> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (!Number.isInteger(mode) || mode < 0 || mode > 3) return fail('VideoModeInvalid', 'mode must be 0, 1, 2 or 3');
  const leg = talkingLeg(agent);
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  if (!leg || !call) return heldLegs(agent).length > 0 ? fail('VideoModeStateError', 'the call is on hold') : fail('VideoModeNoCall', 'the agent has no call');
  if (call.mediaAbility === 1 || !isConference(engine, call)) return fail('VideoModeCallTypeInvalid', 'the call is not a three-party video call');
  return fail('VideoModeCallTypeInvalid', 'the simulated network carries no video');
}
