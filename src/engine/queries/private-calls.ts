import type { EngineCore } from '../core/index.ts';

/** The calls waiting in an agent's private queue, oldest first (12.3.1.3.5, decision 0851). */
export function privateCallIds(engine: EngineCore, workNo: number): readonly string[] {
  return engine.privateWaiting.get(workNo) ?? [];
}
