import { sentimentOf } from './emotion-lexicon.ts';
import { round, segmentLength, speechUnits, type Segment, type Speaker, type Transcript } from './transcript.ts';

/**
 * Per-channel metrics of an inspected call (note 07 §5.B.3, verified on ref L53055–53220):
 * speech ratio = speaking time / duration (4 decimals), silence = duration − speaking time
 * (2 decimals), speed = units per minute of own speaking time (3 decimals). The customer is the
 * left channel and the agent the right one, as in every example. Emotions are the agent's only:
 * the share (0–100) of its speaking time in segments of positive and of negative sentiment.
 */
export interface CallMetrics {
  left_channel: Speaker;
  right_channel: Speaker;
  left_speed: number;
  right_speed: number;
  left_speech_ratio: number;
  right_speech_ratio: number;
  left_silence_time: number;
  right_silence_time: number;
  left_emotions: Array<{ type: 'positive' | 'negative'; score: number }>;
  right_emotions: Array<{ type: 'positive' | 'negative'; score: number }>;
}

export function speakingTime(segments: readonly Segment[], speaker: Speaker): number {
  return segments.filter((s) => s.speaker === speaker).reduce((sum, s) => sum + segmentLength(s), 0);
}

/** Units per minute over the speaker's own speaking time (0 when silent). */
export function speedOf(segments: readonly Segment[], speaker: Speaker): number {
  const own = segments.filter((s) => s.speaker === speaker);
  const time = own.reduce((sum, s) => sum + segmentLength(s), 0);
  return time > 0 ? (own.reduce((n, s) => n + speechUnits(s.asr_text), 0) / time) * 60 : 0;
}

function emotions(segments: readonly Segment[]): CallMetrics['right_emotions'] {
  const own = segments.filter((s) => s.speaker === 'staff');
  const total = own.reduce((sum, s) => sum + segmentLength(s), 0);
  const share = (sign: number) => (total > 0 ? Math.round((100 * own.filter((s) => sentimentOf(s.asr_text) === sign).reduce((sum, s) => sum + segmentLength(s), 0)) / total) : 0);
  return [{ type: 'negative', score: share(-1) }, { type: 'positive', score: share(1) }];
}

export function callMetrics(transcript: Transcript): CallMetrics {
  const { duration, segments } = transcript;
  const channel = (speaker: Speaker) => {
    const t = speakingTime(segments, speaker);
    return { speed: round(speedOf(segments, speaker), 3), ratio: duration > 0 ? round(t / duration, 4) : 0, silence: round(Math.max(0, duration - t), 2) };
  };
  const left = channel('customer');
  const right = channel('staff');
  return {
    left_channel: 'customer',
    right_channel: 'staff',
    left_speed: left.speed,
    right_speed: right.speed,
    left_speech_ratio: left.ratio,
    right_speech_ratio: right.ratio,
    left_silence_time: left.silence,
    right_silence_time: right.silence,
    left_emotions: [],
    right_emotions: emotions(segments),
  };
}
