import { round, transcriptLanguage, type Segment, type Transcript } from '../../domain/ccsqm/transcript.ts';
import type { TranscriptLine } from '../chat/chat-transcripts.ts';

/** Text has no duration: a line lasts until the next one, at most this long (decision 1230). */
const lineSecondsMax = 5;

/**
 * A chat's lines as the timed segments the rules read (decision 1230): what the customer and the
 * agents wrote, in order, timed from the first line; the robot's and the platform's lines and
 * non-text messages are left out (they are not the agent's conduct).
 */
export function chatSegments(lines: readonly TranscriptLine[]): Transcript {
  const said = lines.filter((l) => (l.sender === 'CUSTOMER' || l.sender === 'AGENT') && l.controlType === 'CHAT' && l.mediaType === 'TEXT' && l.content.trim() !== '');
  const t0 = said[0]?.atMs ?? 0;
  const segments: Segment[] = said.map((l, i) => {
    const start = (l.atMs - t0) / 1000;
    const next = said[i + 1] ? (said[i + 1]!.atMs - t0) / 1000 : start + lineSecondsMax;
    return { segment_id: i + 1, speaker: l.sender === 'AGENT' ? 'staff' : 'customer', start_time: round(start, 2), end_time: round(Math.min(next, start + lineSecondsMax), 2), asr_text: l.content };
  });
  const duration = segments.length ? segments[segments.length - 1]!.end_time : 0;
  return { duration: round(duration, 2), language: transcriptLanguage(segments), segments };
}
