/**
 * A §6.2/§14 service's answer: the value, or the documented return code and a message naming the
 * rule. The codes differ per interface (Table 6-357, Table 14-10), so each service returns its
 * interface's code and the handler only wraps it in the family's envelope.
 */
export type SystemCallOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: string; readonly message: string };

export const done = <T>(value: T): SystemCallOutcome<T> => ({ ok: true, value });
export const refused = <T = never>(code: string, message: string): SystemCallOutcome<T> => ({ ok: false, code, message });
