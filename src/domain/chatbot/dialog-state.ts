import type { Variables } from './variables.ts';

/** Where a call instance stands between two requests (note 05 §5.4.5). */
export type Waiting = 'input' | 'transfer' | 'query' | 'effect' | 'ending' | 'closed';

/** The persisted state of one call instance; JSON in oiap_session.state. */
export interface DialogState {
  /** The node that waits (prompt, slot, transfer, query, or the node whose effect is pending). */
  node: string | null;
  waiting: Waiting;
  vars: Variables;
  /** Retry counters per node. */
  retries: Record<string, number>;
  /** Consecutive-interaction counter echoed as `inter_idx`. */
  interIdx: number;
  transIdx: number;
  /** Text channel: prompts are prompt_type 3 (ref L32979). */
  text: boolean;
  language: '0' | '1';
  /** The last reply sent, for the silent agent and the history. */
  lastReply: string | null;
}

/** What the caller sent (inaction 9, 11 or the init 8). */
export type DialogEvent =
  | { kind: 'start' }
  | { kind: 'input'; resultType: number; input: string; ext: Variables }
  | { kind: 'transferResult'; success: boolean }
  | { kind: 'nluResult'; result: NluResult }
  | { kind: 'httpResult'; ok: boolean; body: unknown };

/** What the local NLU (or an external robot) recognised in a sentence. */
export interface NluResult {
  kind: 'intent' | 'faq' | 'unknown';
  /** Intent command, or FAQ id as text. */
  name: string;
  /** Intent display name, or the FAQ question. */
  label: string;
  answer: string;
  confidence: number;
  slots: Variables;
}

/** Work the machine needs done outside before it can continue (I/O stays in the services). */
export type DialogEffect =
  | { kind: 'nlu'; sentence: string; faqGroups: number[] | undefined; domains: number[] | undefined }
  | { kind: 'http'; method: string; url: string; headers: Record<string, string>; body: string | undefined; timeoutMs: number };

/** What one request answers (outaction, ref L32891). */
export type DialogOutput =
  | { outaction: 9; promptType: string; text: string; wav: string; modelType: string; timeout: number }
  | { outaction: 10; releaseReason: '0' | '1' }
  | { outaction: 11; transType: number; routeValue: string; transData: string; callingNum: string; recordPath: string }
  | { outaction: 12; promptType: number; skillId: string; moduleName: string };

/** Facts of one step for the records: what was recognised, and REST node outcomes. */
export interface StepNotes {
  recognized?: NluResult;
  interfaceCalls: { ok: boolean }[];
}

export type StepResult =
  | { state: DialogState; kind: 'output'; output: DialogOutput; notes: StepNotes }
  | { state: DialogState; kind: 'effect'; effect: DialogEffect; notes: StepNotes };
