import type { DialogRule, Flow, Script } from './config-types.ts';
import { saysAny } from './sentence-matcher.ts';
import type { Segment } from './transcript.ts';

/**
 * Dialog rules over a transcript (note 07 §5.B.4). A flow's scripts are clauses evaluated left
 * to right with a cursor; a flow occurs as many times as the clause sequence matches greedily,
 * restarting after its last matched segment; it matches when it occurs at least max(1, min)
 * times. A rule is satisfied when at least max(1, rule.min) flows match; positive rules are
 * valid when satisfied, negative ones when not (decision 1223).
 */
const defaultDistance = 3;

interface Clause {
  script: Script;
  occursAt: (i: number) => boolean;
}

function occurrence(clauses: Clause[], k: number, segments: number, from: number, after: number): number {
  const { script, occursAt } = clauses[k]!;
  const d = script.position_distance > 0 ? script.position_distance : defaultDistance;
  for (let i = Math.max(from, after + 1); i < segments; i++) {
    if (script.position === 'set' && i > after + d) return -1;
    if (occursAt(i)) return i;
  }
  return -1;
}

/** One pass of the clauses from segment `from`: the segments matched, or null. */
function matchOnce(clauses: Clause[], segments: number, from: number): number[] | null {
  const matched: number[] = [];
  let cursor = from - 1;
  for (let k = 0; k < clauses.length; k++) {
    const op = clauses[k]!.script.SGType;
    if (op === 'must_not_say') {
      if (occurrence(clauses, k, segments, 0, -1) >= 0) return null;
      continue;
    }
    if (op === 'if') {
      const at = occurrence(clauses, k, segments, from, -1);
      const next = clauses[k + 1];
      if (at < 0) {
        if (next?.script.SGType === 'then') k++;
        continue;
      }
      matched.push(at);
      cursor = Math.max(cursor, at);
      continue;
    }
    const at = op === 'then' ? occurrence(clauses, k, segments, from, cursor) : occurrence(clauses, k, segments, from, -1);
    if (at < 0) return null;
    matched.push(at);
    if (op !== 'and') cursor = Math.max(cursor, at);
  }
  return matched;
}

export function flowOccurrences(scripts: ReadonlyArray<{ script: Script }>, segments: readonly Segment[], said: ReadonlyArray<ReadonlySet<string>>): { count: number; matched: number[] } {
  const n = segments.length;
  const clauses: Clause[] = scripts.map(({ script }) => ({
    script,
    occursAt: (i: number) => {
      const s = segments[i]!;
      if (script.role !== 'any' && script.role !== s.speaker) return false;
      const d = script.position_distance > 0 ? script.position_distance : defaultDistance;
      if (script.position === 'top' && i >= d) return false;
      if (script.position === 'bottom' && i < n - d) return false;
      return saysAny(said[i]!, script.sentences);
    },
  }));
  if (clauses.length === 0) return { count: 0, matched: [] };
  let count = 0;
  const all: number[] = [];
  let from = 0;
  for (;;) {
    const once = matchOnce(clauses, n, from);
    if (!once) break;
    count++;
    all.push(...once);
    const last = once.length > 0 ? Math.max(...once) : -1;
    if (last < from) break;
    from = last + 1;
  }
  return { count, matched: [...new Set(all)].sort((a, b) => a - b) };
}

export function evaluateDialogRule(rule: DialogRule, flows: ReadonlyArray<{ flow: Flow; scripts: ReadonlyArray<{ script: Script }> }>, segments: readonly Segment[], said: ReadonlyArray<ReadonlySet<string>>): { valid: boolean; segments: number[] } {
  let k = 0;
  const hit: number[] = [];
  for (const { flow, scripts } of flows) {
    const { count, matched } = flowOccurrences(scripts, segments, said);
    if (scripts.length > 0 && count >= Math.max(1, flow.min)) {
      k++;
      hit.push(...matched);
    }
  }
  const satisfied = k >= Math.max(1, rule.min);
  const valid = rule.method === 'positive' ? satisfied : !satisfied;
  // Only a forbidden dialogue has segments to point at (note 07 §5.B.4, ref L53400–53402).
  return { valid, segments: !valid && rule.method === 'negative' ? [...new Set(hit)].sort((a, b) => a - b) : [] };
}
