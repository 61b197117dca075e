/**
 * Mixes any number of channels down to mono by averaging them, so that a full-scale signal on
 * every channel stays full scale and a signal on one channel of a stereo pair drops by 6 dB
 * rather than clipping when the other channel is loud too.
 */
export function downmixToMono(channels: readonly Float32Array[]): Float32Array {
  const first = channels[0];
  if (!first) return new Float32Array(0);
  if (channels.length === 1) return first;
  const out = new Float32Array(first.length);
  for (const channel of channels) {
    for (let i = 0; i < out.length; i++) out[i]! += channel[i]!;
  }
  const scale = 1 / channels.length;
  for (let i = 0; i < out.length; i++) out[i]! *= scale;
  return out;
}
