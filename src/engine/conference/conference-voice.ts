import type { EngineCore, Result } from '../core/index.ts';
import { ok } from '../core/index.ts';
import { confFail, joinedParticipant } from './conference-book.ts';
import type { ConfParticipant, Conference } from './conference-types.ts';

/** CTI causes of Table 6-450 for announcements. */
const cause = { confPlaying: 21247, confNotPlaying: 21248, channelPlaying: 21249, channelNotPlaying: 21250 } as const;

/** AgentConf_StopVoice / StopParticipantVoice result (ref L20988, L21003): 0 played to its end, 1 it could not play. */
const StopResult = { done: 0, failed: 1 } as const;

/** A file to announce, resolved before the engine runs: its real length, or null when nothing playable is there. */
export interface Announce {
  voicePath: string;
  durationMs: number | null;
}

/**
 * CEC §6.1.6.13 playvoicetoconf: the file plays to the whole conference (confState 1) for its real
 * length on the Clock; when it ends the chair hears AgentConf_StopVoice {result 0}. A file that
 * cannot be played ends at once with result 1 (decision 0463). Already playing: CTI 21247.
 */
export function playToConference(engine: EngineCore, conf: Conference, announce: Announce): Result<null> {
  if (conf.confState === 1) return confFail(cause.confPlaying, 'an announcement is playing to the conference');
  if (announce.durationMs === null || announce.durationMs <= 0) {
    engine.defer(() => engine.emit(conf.chairWorkNo, 'AgentConf_StopVoice', { result: StopResult.failed }));
    return ok(null);
  }
  conf.confState = 1;
  const announcement = { voicePath: announce.voicePath, timer: null as ReturnType<EngineCore['after']> };
  conf.announcement = announcement;
  announcement.timer = engine.after(announce.durationMs, () => {
    if (conf.announcement !== announcement) return;
    conf.announcement = null;
    conf.confState = 0;
    engine.emit(conf.chairWorkNo, 'AgentConf_StopVoice', { result: StopResult.done });
  });
  return ok(null);
}

/** CEC §6.1.6.14 stopvoicetoconf: stops the conference's announcement (no event); none playing: CTI 21248. */
export function stopConferenceVoice(engine: EngineCore, conf: Conference): Result<null> {
  if (!conf.announcement) return confFail(cause.confNotPlaying, 'no announcement is playing to the conference');
  engine.cancel(conf.announcement.timer);
  conf.announcement = null;
  conf.confState = 0;
  return ok(null);
}

/**
 * CEC §6.1.6.15 playvoicetoparticipant: the file plays to one channel that talks or is held
 * (channelState 2), then the channel returns to its state and the chair hears
 * AgentConf_StopParticipantVoice {result 0}. Already playing there: CTI 21249.
 */
export function playToParticipant(engine: EngineCore, conf: Conference, addressType: string, address: string, announce: Announce): Result<null> {
  const found = joinedParticipant(conf, addressType, address);
  if (!found.ok) return found;
  const participant = found.value;
  if (participant.announcement) return confFail(cause.channelPlaying, `an announcement is playing to ${address}`);
  if (announce.durationMs === null || announce.durationMs <= 0) {
    engine.defer(() => engine.emit(conf.chairWorkNo, 'AgentConf_StopParticipantVoice', { result: StopResult.failed }));
    return ok(null);
  }
  const announcement = { voicePath: announce.voicePath, timer: null as ReturnType<EngineCore['after']>, resumeState: participant.channelState === 1 ? (1 as const) : (0 as const) };
  participant.announcement = announcement;
  participant.channelState = 2;
  announcement.timer = engine.after(announce.durationMs, () => {
    if (participant.announcement !== announcement) return;
    endChannelAnnouncement(participant);
    engine.emit(conf.chairWorkNo, 'AgentConf_StopParticipantVoice', { result: StopResult.done });
  });
  return ok(null);
}

/** CEC §6.1.6.16 stopvoicetoparticipant: stops the channel's announcement (no event); none playing: CTI 21250. */
export function stopParticipantVoice(engine: EngineCore, conf: Conference, addressType: string, address: string): Result<null> {
  const found = joinedParticipant(conf, addressType, address);
  if (!found.ok) return found;
  const announcement = found.value.announcement;
  if (!announcement) return confFail(cause.channelNotPlaying, `no announcement is playing to ${address}`);
  engine.cancel(announcement.timer);
  endChannelAnnouncement(found.value);
  return ok(null);
}

function endChannelAnnouncement(participant: ConfParticipant): void {
  participant.channelState = participant.announcement?.resumeState ?? 0;
  participant.announcement = null;
}
