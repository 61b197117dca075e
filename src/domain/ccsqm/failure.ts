/**
 * A documented refusal of the quality check, independent of the wire (the API layer renders it
 * with the module's code and HTTP status, src/http/envelope/sqm-envelope.ts, decision 1221).
 */
export type SqmFailureKind = 'invalid' | 'notFound' | 'duplicate' | 'state';

export class SqmFailure extends Error {
  constructor(
    readonly kind: SqmFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'SqmFailure';
  }
}

export const invalid = (message: string): SqmFailure => new SqmFailure('invalid', message);
export const notFound = (what: string, id: string): SqmFailure => new SqmFailure('notFound', `Business failure. The ${what} ${id} does not exist.`);
export const duplicate = (message = 'The rule name exists.'): SqmFailure => new SqmFailure('duplicate', message);
export const conflict = (message: string): SqmFailure => new SqmFailure('state', message);
