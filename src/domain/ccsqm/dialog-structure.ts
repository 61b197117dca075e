import type { Script, ScriptOperator } from './config-types.ts';
import { invalid } from './failure.ts';

/**
 * The shape of dialog rules (§12.2.4, 12.2.6, 12.2.7; note 07 §5.B.4): a rule has dialog logics
 * ("flows"), a flow is an ordered list of scripts, each with an operator (`SGType`). The flow's
 * expression is the scripts' operators and ids in order (`"must 923000490218754048 and 923001105690923008"`,
 * ref L46542); clients send only the operator (`"must"`, ref L46189), so it is rebuilt server-side.
 */
export const scriptOperators: readonly ScriptOperator[] = ['must', 'must_say', 'must_not_say', 'if', 'then', 'and'];

/** The expression of a flow from its scripts, in order. */
export function rebuildExpression(scripts: ReadonlyArray<{ id: string; script: Pick<Script, 'SGType'> }>): string {
  return scripts.map(({ id, script }) => `${script.SGType} ${id}`).join(' ');
}

/**
 * Checks a client expression: operators, each optionally followed by a script id, starting with
 * an operator; `then` only after an `if` or an earlier clause. Returns the script ids it names.
 */
export function parseExpression(expression: string): string[] {
  const tokens = expression.trim().split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) throw invalid('Incorrect request. The expression is empty.');
  const ids: string[] = [];
  let previous: 'op' | 'id' | 'start' = 'start';
  for (const token of tokens) {
    if ((scriptOperators as readonly string[]).includes(token)) {
      if (token === 'then' && previous === 'start') throw invalid('Incorrect request. The expression starts with then.');
      previous = 'op';
    } else if (/^[\w-]{1,64}$/.test(token) && previous === 'op') {
      ids.push(token);
      previous = 'id';
    } else {
      throw invalid(`Incorrect request. The expression is malformed at ${JSON.stringify(token.slice(0, 64))}.`);
    }
  }
  return ids;
}

export interface Completeness {
  hasConversationFlow: boolean;
  sentenceComplete: boolean;
  ruleComplete: boolean;
  hasDescription: boolean;
}

/**
 * CEC §12.2.7.1 (ref L46361): ruleComplete = hasConversationFlow && sentenceComplete &&
 * hasDescription; sentenceComplete = every flow has a script and every script a sentence (inferred).
 */
export function completeness(description: string, flows: ReadonlyArray<{ scripts: ReadonlyArray<{ sentences: readonly string[] }> }>): Completeness {
  const hasConversationFlow = flows.length > 0;
  const sentenceComplete = hasConversationFlow && flows.every((f) => f.scripts.length > 0 && f.scripts.every((s) => s.sentences.length > 0));
  const hasDescription = description.trim() !== '';
  return { hasConversationFlow, sentenceComplete, ruleComplete: hasConversationFlow && sentenceComplete && hasDescription, hasDescription };
}
