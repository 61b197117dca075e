/**
 * The 7-digit `model_type` of an outaction=9 (ref L32993–33003): d1 playback, d2 speech
 * recognition, d3 key press (0 none, 1 interruptible), d4–5 maximum keys, d6 `*` cancels,
 * d7 `#` confirms. A play-only prompt is 1000000.
 */
export function modelType(collect: 'none' | 'speech' | 'dtmf' | 'both', maxKeys: number): string {
  const speech = collect === 'speech' || collect === 'both';
  const keys = collect === 'dtmf' || collect === 'both';
  if (!speech && !keys) return '1000000';
  const keyDigits = keys ? String(Math.min(99, maxKeys)).padStart(2, '0') : '00';
  return `1${speech ? 1 : 0}${keys ? 1 : 0}${keyDigits}0${keys ? 1 : 0}`;
}
