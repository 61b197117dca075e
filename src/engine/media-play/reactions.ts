import type { AgentRuntime, EngineCore } from '../core/index.ts';
import { endPlayback } from './playback.ts';
import { finishScreenRecording } from './screen-recording.ts';
import { finishSelfRecording } from './self-recording.ts';

/** What media-play does when a session ends (engine-core.ts `Reactions.phoneMediaEnding`). */
function phoneMediaEnding(engine: EngineCore, agent: AgentRuntime): void {
  endPlayback(engine, agent);
  finishSelfRecording(engine, agent);
  finishScreenRecording(engine, agent);
}

export function installMediaPlay(engine: EngineCore): void {
  engine.react({ phoneMediaEnding });
}
