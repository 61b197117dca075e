// Goal: an MP3 upload is recognised as a whole, well-formed stream, and a damaged one is refused
// with the place where it breaks. Method: a fixture produced for this project (LAME 3.100 from a
// generated 600 ms, 1 kHz, 44.1 kHz stereo tone, `lame -V 4`), then tagged, cut and corrupted.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeMp3, readMp3FrameHeader, scanMp3 } from './mp3-frames.ts';

const fixture = new Uint8Array(fs.readFileSync(new URL('./fixtures/tone-1khz-600ms-stereo-44k.mp3', import.meta.url)));

function scanned(bytes: Uint8Array) {
  const result = scanMp3(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.scan;
}

describe('readMp3FrameHeader', () => {
  it('reads an MPEG-1 Layer III header', () => {
    // 0xFFFB9064: MPEG-1, Layer III, 128 kbit/s, 44.1 kHz, no padding, joint stereo → 417 bytes.
    expect(readMp3FrameHeader(Uint8Array.of(0xff, 0xfb, 0x90, 0x64), 0)).toEqual({
      version: 1, layer: 3, bitrateKbps: 128, sampleRate: 44_100, channelCount: 2, frameBytes: 417, samplesPerFrame: 1152,
    });
  });

  it('reads MPEG-2 Layer III (half-size frames) and rejects reserved fields', () => {
    // 0xFFF340C4: MPEG-2, Layer III, 32 kbit/s, 22.05 kHz, mono → 104 bytes of 576 samples.
    expect(readMp3FrameHeader(Uint8Array.of(0xff, 0xf3, 0x40, 0xc4), 0)).toMatchObject({ version: 2, sampleRate: 22_050, channelCount: 1, frameBytes: 104, samplesPerFrame: 576 });
    expect(readMp3FrameHeader(Uint8Array.of(0xff, 0xfb, 0xf0, 0x64), 0)).toBeUndefined(); // bitrate index 15
    expect(readMp3FrameHeader(Uint8Array.of(0xff, 0xfb, 0x9c, 0x64), 0)).toBeUndefined(); // sample rate index 3
    expect(readMp3FrameHeader(Uint8Array.of(0xff, 0xf9, 0x90, 0x64), 0)).toBeUndefined(); // layer 0
  });
});

describe('scanMp3', () => {
  it('walks the fixture: frames back to back, 44.1 kHz stereo, about 600 ms', () => {
    const scan = scanned(fixture);
    expect(scan).toMatchObject({ firstFrameOffset: 0, endOffset: fixture.length, sampleRate: 44_100, channelCount: 2, samplesPerFrame: 1152 });
    // The LAME info frame plus the audio, with the encoder's delay and padding.
    const durationMs = (scan.frameCount * 1152 * 1000) / 44_100;
    expect(durationMs).toBeGreaterThan(600);
    expect(durationMs).toBeLessThan(700);
    expect(looksLikeMp3(fixture)).toBe(true);
  });

  it('skips ID3v2 tags before and an ID3v1 tag after the frames', () => {
    const id3v2 = Uint8Array.of(0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 5, 1, 2, 3, 4, 5);
    const id3v1 = new Uint8Array(128);
    id3v1.set([0x54, 0x41, 0x47]);
    const tagged = concat(id3v2, fixture, id3v1);
    const scan = scanned(tagged);
    expect(scan.firstFrameOffset).toBe(15);
    expect(scan.endOffset).toBe(15 + fixture.length);
    expect(looksLikeMp3(tagged)).toBe(true);
  });

  it('finds the stream after a little leading junk', () => {
    expect(scanned(concat(new Uint8Array(37).fill(0x11), fixture)).firstFrameOffset).toBe(37);
  });

  it('refuses a file cut in the middle of a frame', () => {
    const result = scanMp3(fixture.subarray(0, fixture.length - 100));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/truncated: frame \d+ at byte \d+/) });
  });

  it('refuses a file whose frames are interrupted by garbage', () => {
    const offsets = scanned(fixture).frameOffsets;
    const broken = fixture.slice();
    broken.fill(0x42, offsets[5]!, offsets[5]! + 4);
    expect(scanMp3(broken)).toEqual({ ok: false, reason: `the MP3 file is corrupt: no frame header at byte ${offsets[5]} (frame 6)` });
  });

  it('refuses bytes that are not MPEG audio at all', () => {
    const text = new TextEncoder().encode('this is not an mp3 file, only text '.repeat(20));
    expect(scanMp3(text)).toMatchObject({ ok: false, reason: expect.stringMatching(/not an MP3 file/) });
    expect(looksLikeMp3(text)).toBe(false);
  });
});

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
