import type { TimerId } from '../../domain/time/index.ts';

/**
 * Real-time inspection (§12.1): an inspector's monitoring of one agent, kept apart from
 * engine-types.ts, which re-exports it.
 */

/** How the inspector takes part (§12.1, Table 6-454 states 16, 15 and 17). */
export type MonitorMode = 'listen' | 'insert' | 'whisper';

/**
 * One inspector's monitoring session (note 07 §4.A.2): it binds to the agent, not to one call, so
 * the monitor party is on whatever call the agent talks on while the session lasts (decision 1201).
 */
export interface MonitorSession {
  readonly inspectorWorkNo: number;
  readonly targetWorkNo: number;
  mode: MonitorMode;
  /** The inspector's phone leg: ringing until the phone picks up, then connected. */
  phase: 'alerting' | 'connected';
  ringTimer: TimerId | null;
  startedAtMs: number;
  /** The command in progress (Table 6-93: 20 insertion, 21 listen, 22 switch, 24 whisper) and since when. */
  command: number;
  commandSinceMs: number;
}

/** Why the engine refused a quality-check request (codes of Table 6-449, ref L21272, L21452–21464). */
export type InspectionRejectionTag = 'QcNoProvider' | 'QcNoPermission' | 'QcUnavailable' | 'QcNoAgentInfo' | 'QcStateAbnormal' | 'QcTargetIsInspector' | 'QcSelf';
