import type { EngineCore } from '../core/index.ts';
import { startIvr } from './ivr-runner.ts';

/** An overflow policy of a skill queue (5.2.1, deviceType 3) sends the call to an IVR flow. */
export function installIvr(engine: EngineCore): void {
  engine.react({ routeToIvr: (e, call, flowId) => startIvr(e, call, flowId, { survey: false }) });
}
