/**
 * An agent event as the reference delivers it (§6.5.1; poll envelope ref L13697, push ref L13787):
 * `{eventType, workNo, content}` where content is null, a call-id string, or an object whose
 * values keep the documented types (mostly strings: `"feature":"7"`, `"reason":"200"`).
 */
export interface CecEvent {
  readonly eventType: string;
  readonly workNo: string;
  readonly content: unknown;
}

export function cecEvent(eventType: string, workNo: number | string, content: unknown = null): CecEvent {
  return { eventType, workNo: String(workNo), content };
}
