/**
 * A call's transcript as the quality check sees it (ref L49589–49595): speaker-labelled segments
 * timed in seconds from the call's start.
 */
export type Speaker = 'staff' | 'customer';

export interface Segment {
  /** 1-based, in order of start. */
  segment_id: number;
  speaker: Speaker;
  start_time: number;
  end_time: number;
  asr_text: string;
}

export interface Transcript {
  /** Seconds. */
  duration: number;
  language: 'zh_CN' | 'en_US';
  segments: Segment[];
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const anyCjk = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** A transcript is Chinese when any segment has CJK characters, else English. */
export function transcriptLanguage(segments: readonly Segment[]): Transcript['language'] {
  return segments.some((s) => anyCjk.test(s.asr_text)) ? 'zh_CN' : 'en_US';
}

/**
 * What speaking speed counts (note 07 §5.B.3): CJK characters plus words of other scripts,
 * whitespace and punctuation excluded.
 */
export function speechUnits(text: string): number {
  const characters = text.match(cjk)?.length ?? 0;
  const words = text.replace(cjk, ' ').split(/[^\p{L}\p{N}']+/u).filter((w) => w !== '').length;
  return characters + words;
}

export const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export function segmentLength(s: Segment): number {
  return Math.max(0, s.end_time - s.start_time);
}
