import type { Rng } from '../../domain/time/index.ts';

export type Speaker = 'customer' | 'agent';

/** One line of a dialogue script: who says what. */
export interface DialogueLine {
  speaker: Speaker;
  text: string;
  /** Silence before this line instead of the usual 0.3–0.9 s (a long silence, for quality-check scenarios). */
  pauseMs?: number;
  /** This line starts this long before the previous one ends (the speaker interrupts). */
  overlapMs?: number;
  /** Speaking rate of this line instead of about 14 characters a second (fast or slow speech). */
  charsPerSecond?: number;
}

/** A dialogue script (docs/simulator.md "Dialogue scripts"); `weight` makes some scripts likelier. */
export interface DialogueScript {
  name: string;
  weight?: number;
  lines: DialogueLine[];
}

/** What one party said during a recorded segment, in ms from the recording's start. */
export interface Utterance {
  speaker: Speaker;
  beginMs: number;
  endMs: number;
  text: string;
  /** The segment ended before the line was finished. */
  truncated?: boolean;
}

/** The generic script used when a scenario gives none. */
export const genericDialogue: DialogueScript = {
  name: 'generic',
  lines: [
    { speaker: 'agent', text: 'Thank you for calling, my name is {agent}. How can I help you today?' },
    { speaker: 'customer', text: 'Hello, I have a question about my account.' },
    { speaker: 'agent', text: 'Of course. May I have your account number, please?' },
    { speaker: 'customer', text: 'Yes, it is the number I am calling from.' },
    { speaker: 'agent', text: 'Thank you. Let me look that up for you, one moment please.' },
    { speaker: 'customer', text: 'Sure, no problem.' },
    { speaker: 'agent', text: 'I can see your account here. Everything looks in order.' },
    { speaker: 'customer', text: 'Could you explain the last charge on my bill?' },
    { speaker: 'agent', text: 'That charge is your monthly service fee for this period.' },
    { speaker: 'customer', text: 'I see, that makes sense now.' },
    { speaker: 'agent', text: 'Is there anything else I can help you with today?' },
    { speaker: 'customer', text: 'No, that is all. Thank you very much.' },
    { speaker: 'agent', text: 'You are welcome. Have a nice day, goodbye.' },
  ],
};

/** Speech runs at about 14 characters a second; parties pause 300 to 900 ms between lines. */
const charsPerSecond = 14;
const pauseMsMin = 300;
const pauseMsMax = 900;

/** Picks a script for a call: by weight, from a generator seeded by the call. */
export function pickScript(scripts: readonly DialogueScript[], rng: Rng): DialogueScript {
  if (scripts.length === 0) return genericDialogue;
  const total = scripts.reduce((sum, s) => sum + Math.max(0, s.weight ?? 1), 0);
  let draw = rng.next() * total;
  for (const script of scripts) {
    draw -= Math.max(0, script.weight ?? 1);
    if (draw < 0) return script;
  }
  return scripts[scripts.length - 1]!;
}

/**
 * Lays the script's lines over a segment of `durationMs`: in order, each as long as its text takes
 * to say, with pauses between. A segment longer than the script goes on from the script's second
 * line (the conversation continues); a shorter one cuts the line it ends in.
 */
export function planDialogue(script: DialogueScript, durationMs: number, rng: Rng, names: Record<string, string>): Utterance[] {
  const lines = script.lines.length > 0 ? script.lines : genericDialogue.lines;
  const out: Utterance[] = [];
  let at = Math.min(durationMs, rng.int(200, 600));
  // Bounded: every line takes at least one second, so a segment holds at most durationMs/1000 lines.
  for (let i = 0; at < durationMs; i = i + 1 >= lines.length ? Math.min(1, lines.length - 1) : i + 1) {
    const line = lines[i]!;
    const previous = out[out.length - 1];
    // A line's own timing replaces the random pause; the generator is drawn all the same, so
    // scripts without such lines keep their exact timings.
    if (previous && line.pauseMs !== undefined) at = previous.endMs + line.pauseMs;
    if (previous && line.overlapMs !== undefined) at = Math.max(previous.beginMs + 1, previous.endMs - line.overlapMs);
    if (at >= durationMs) break;
    const text = line.text.replace(/\{(\w+)\}/g, (whole, key: string) => names[key] ?? whole);
    const lengthMs = Math.max(1_000, Math.round((text.length / (line.charsPerSecond ?? charsPerSecond)) * 1_000));
    const endMs = Math.min(durationMs, at + lengthMs);
    out.push({ speaker: line.speaker, beginMs: at, endMs, text, ...(endMs < at + lengthMs ? { truncated: true } : {}) });
    at = endMs + rng.int(pauseMsMin, pauseMsMax);
  }
  return out;
}

/** A 32-bit seed for one recording, from the run's seed and the recording's id (FNV-1a). */
export function recordingSeed(runSeed: number, recordId: string): number {
  let hash = 0x811c9dc5 ^ (runSeed >>> 0);
  for (let i = 0; i < recordId.length; i++) hash = Math.imul(hash ^ recordId.charCodeAt(i), 0x01000193) >>> 0;
  return hash >>> 0;
}

