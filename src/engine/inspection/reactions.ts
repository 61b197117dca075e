import type { EngineCore } from '../core/index.ts';
import { monitoringEnds } from './monitor-session.ts';

/** What inspection does when a lower capability hands over (engine-core.ts `Reactions`). */
export function installInspection(engine: EngineCore): void {
  engine.react({ sessionEnding: monitoringEnds });
}
