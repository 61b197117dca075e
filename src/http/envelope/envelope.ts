import type { TSchema } from '@sinclair/typebox';
import type { CecError, GenericFailure } from '../cec-error.ts';

/**
 * How one family of interfaces wraps its replies (note 01 §3.3 lists the variants). A handler
 * returns the fields of a successful reply except the status code; the envelope adds the code.
 * Failures are CecErrors; the envelope renders them and says how generic failures are coded.
 */
export interface Envelope {
  readonly name: string;
  success(payload: Record<string, unknown>): unknown;
  /** `context.path` is the request's path (CC-FS error bodies name it, Table 13-127). */
  failure(error: CecError, context?: { path: string }): unknown;
  /** Builds the family's error for a generic condition (bad parameter, auth, internal...). */
  generic(kind: GenericFailure, message: string): CecError;
  /** The wire schema of a successful reply carrying `payload` (for the OpenAPI document). */
  successSchema(payload: TSchema): TSchema;
  /** The wire schema of a failed reply (for the OpenAPI document). */
  failureSchema(): TSchema;
}
