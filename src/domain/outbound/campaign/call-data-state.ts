/**
 * Where an outbound data record stands (note 04 §5.12, decision 0702). `fed` marks a record handed
 * to the dialer's buffer and not yet dialled, so it is not handed over twice; `dialing` an attempt
 * that has started (its number may have been dialled, so a restart never dials it again).
 */
export const callDataStates = ['new', 'waiting', 'fed', 'dialing', 'succeeded', 'failed', 'cancelled'] as const;
export type CallDataState = (typeof callDataStates)[number];

/** "Incomplete" records count toward the 200,000 limit and `unCallCount` (note 04 §5.12). */
export const incompleteStates: readonly CallDataState[] = ['new', 'waiting', 'fed', 'dialing'];
export const finishedStates: readonly CallDataState[] = ['succeeded', 'failed', 'cancelled'];
/** CEC §7.4.3 (ref L26570–26572): records being called or already complete are not deleted. */
export const deletableStates: readonly CallDataState[] = ['new', 'waiting', 'fed'];

export function isIncomplete(state: string): boolean {
  return (incompleteStates as readonly string[]).includes(state);
}
