import type { TSchema } from '@sinclair/typebox';
import type { CecError, GenericFailure } from '../cec-error.ts';

/**
 * How one family of interfaces wraps its replies (note 01 §3.3 lists the variants). A handler
 * returns the fields of a successful reply except the status code; the envelope adds the code.
 * Failures are CecErrors; the envelope renders them and says how generic failures are coded.
 */
export interface FailureContext {
  path: string;
  /** The server clock's time (ms), so a virtual clock makes error bodies deterministic. */
  nowMs: number;
}

export interface Envelope {
  readonly name: string;
  success(payload: Record<string, unknown>): unknown;
  /** What the failure body may name: the request's path and the server clock's time (CC-FS, Table 13-127). */
  failure(error: CecError, context: FailureContext): unknown;
  /** Builds the family's error for a generic condition (bad parameter, auth, internal...). */
  generic(kind: GenericFailure, message: string): CecError;
  /** The wire schema of a successful reply carrying `payload` (for the OpenAPI document). */
  successSchema(payload: TSchema): TSchema;
  /** The wire schema of a failed reply (for the OpenAPI document). */
  failureSchema(): TSchema;
}
