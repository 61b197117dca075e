import type { SecretSource } from '../../auth/index.ts';
import type { Clock } from '../../domain/time/index.ts';
import type { EngineCore } from '../../engine/index.ts';
import type { CallbackRequest } from '../../events/index.ts';
import type { RecordingStore } from '../../media/recordings/index.ts';
import type { Repositories } from '../../store/index.ts';

/**
 * What the §6.2 and §14 services use (each service gets only the ports it names). The interface
 * handlers' services object satisfies it.
 */
export interface SystemCallDeps {
  readonly clock: Clock;
  readonly repos: Repositories;
  /** 19-digit identifiers: the call SN (ref L16873 "1037058396471308289"). */
  readonly ids: { next(): string };
  readonly secrets: SecretSource;
  /** The durable, retried callback outbox. */
  readonly callbacks: { enqueue(request: CallbackRequest): Promise<string> };
  /** Where recordings and synthesised prompts are written. */
  readonly files: RecordingStore;
  readonly cti: { readonly registry: { get(vdnId: number): Promise<EngineCore> } };
  readonly log: { error(details: object, message: string): void };
  /** Work started by timers, awaited by the server's settle() and shutdown. */
  readonly background: { track<T>(work: Promise<T>): Promise<T> };
  /** The run's seed: recordings' content follows from it (decision 1301). */
  readonly seed?: number;
}
