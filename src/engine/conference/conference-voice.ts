import type { EngineCore, Result } from '../core/index.ts';
import { ok } from '../core/index.ts';
import { confFail, joinedParticipant } from './conference-book.ts';
import type { Announcement, ConfParticipant, Conference } from './conference-types.ts';

/** CTI causes of Table 6-450 for announcements. */
const cause = { confPlaying: 21247, confNotPlaying: 21248, channelPlaying: 21249, channelNotPlaying: 21250 } as const;

/** AgentConf_StopVoice / StopParticipantVoice result (ref L20988, L21003): 0 played to its end, 1 it could not play. */
const StopResult = { done: 0, failed: 1 } as const;

/** A file to announce, resolved before the engine runs: its real length, or null when nothing playable is there. */
export interface Announce {
  voicePath: string;
  durationMs: number | null;
}

/** 6.1.6.13 Table 6-325 playType: 0 the foreground announcement, 1 the background one. */
export type ConfPlayType = 0 | 1;

const playable = (announce: Announce): announce is Announce & { durationMs: number } => announce.durationMs !== null && announce.durationMs > 0;

/** Starts `announce` on the Clock; `end` runs at its end unless `current` says it was stopped or replaced meanwhile. */
function schedule<T extends Announcement>(engine: EngineCore, announcement: T, durationMs: number, current: () => T | null, end: () => void): T {
  announcement.timer = engine.after(durationMs, () => {
    if (current() === announcement) end();
  });
  return announcement;
}

/**
 * CEC §6.1.6.13 playvoicetoconf: the file plays to the whole conference for its real length on the
 * Clock; when it ends the chair hears AgentConf_StopVoice {result 0}. A file that cannot be played
 * ends at once with result 1 (decision 0463). The foreground announcement (playType 0) sets
 * confState 1, already playing: CTI 21247. The background one (playType 1) has its own channel,
 * mixed under the talk: confState stays 0, it neither stops nor waits for the foreground one, and
 * its end is its own StopVoice; a second background while one plays is 21247 too (decision 0466).
 */
export function playToConference(engine: EngineCore, conf: Conference, announce: Announce, playType: ConfPlayType = 0): Result<null> {
  const background = playType === 1;
  if (background ? conf.background : conf.confState === 1) return confFail(cause.confPlaying, `${background ? 'a background' : 'an'} announcement is playing to the conference`);
  if (!playable(announce)) {
    engine.defer(() => engine.emit(conf.chairWorkNo, 'AgentConf_StopVoice', { result: StopResult.failed }));
    return ok(null);
  }
  const fresh: Announcement = { voicePath: announce.voicePath, timer: null };
  const done = () => engine.emit(conf.chairWorkNo, 'AgentConf_StopVoice', { result: StopResult.done });
  if (background) {
    conf.background = schedule(engine, fresh, announce.durationMs, () => conf.background, () => {
      conf.background = null;
      done();
    });
    return ok(null);
  }
  conf.confState = 1;
  conf.announcement = schedule(engine, fresh, announce.durationMs, () => conf.announcement, () => {
    conf.announcement = null;
    conf.confState = 0;
    done();
  });
  return ok(null);
}

/**
 * CEC §6.1.6.14 stopvoicetoconf: stops the conference's announcement (no event): the foreground
 * one while it plays, else the background one (the interface names neither, decision 0466);
 * none playing: CTI 21248.
 */
export function stopConferenceVoice(engine: EngineCore, conf: Conference): Result<null> {
  if (conf.announcement) {
    engine.cancel(conf.announcement.timer);
    conf.announcement = null;
    conf.confState = 0;
    return ok(null);
  }
  if (!conf.background) return confFail(cause.confNotPlaying, 'no announcement is playing to the conference');
  engine.cancel(conf.background.timer);
  conf.background = null;
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
  if (!playable(announce)) {
    engine.defer(() => engine.emit(conf.chairWorkNo, 'AgentConf_StopParticipantVoice', { result: StopResult.failed }));
    return ok(null);
  }
  playOnChannel(engine, participant, announce, () => engine.emit(conf.chairWorkNo, 'AgentConf_StopParticipantVoice', { result: StopResult.done }));
  return ok(null);
}

/** The channel hears the file (channelState 2) and returns to talking or held at its end, then `done`. */
function playOnChannel(engine: EngineCore, participant: ConfParticipant, announce: Announce & { durationMs: number }, done: () => void): void {
  const announcement: Announcement & { resumeState: 0 | 1 } = { voicePath: announce.voicePath, timer: null, resumeState: participant.channelState === 1 ? (1 as const) : (0 as const) };
  participant.channelState = 2;
  participant.announcement = schedule(engine, announcement, announce.durationMs, () => participant.announcement, () => {
    endChannelAnnouncement(participant);
    done();
  });
}

/**
 * CEC §6.1.6.10 batchaddparticipant `beepTone` (Table 6-309: "play a welcome announcement to a
 * user when the user joins"): the invitee's channel hears `voicePath` as a channel announcement
 * when it joins (channelState 2 for the file's length, on the Clock). The chair asked for no
 * announcement, so its end is not reported; an unplayable file plays nothing (decision 0466).
 */
export function playWelcome(engine: EngineCore, participant: ConfParticipant): void {
  const welcome = participant.welcome;
  participant.welcome = null;
  if (!welcome || participant.announcement || !playable(welcome)) return;
  playOnChannel(engine, participant, welcome, () => undefined);
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
