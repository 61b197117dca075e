/**
 * A failure an interface reports the way the reference documents it: a code of its family
 * ("1", "-1", "000-002", "100-006", ...), a message, and the HTTP status the family uses for it.
 * The envelope of the endpoint turns it into the wire body, so a handler never builds error bodies.
 */
export class CecError extends Error {
  readonly code: string;
  readonly httpStatus: number;
  /** Extra fields some failures carry beside code and message (e.g. `result: {errorReason}`). */
  readonly extra: Record<string, unknown> | undefined;

  constructor(code: string, message: string, options: { httpStatus?: number; extra?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'CecError';
    this.code = code;
    this.httpStatus = options.httpStatus ?? 200;
    this.extra = options.extra;
  }
}

/** The kinds of failure every family can express; each envelope maps them to its own code. */
export type GenericFailure = 'invalidParameter' | 'unauthorized' | 'notFound' | 'internal' | 'malformedRequest';

/** HTTP wording the reference gives for the transport-level statuses of the configuration APIs. */
export const httpStatusText = {
  400: 'Incorrect request. Check the request path and parameters.',
  401: 'Unauthorized operation. 1. Check whether you have purchased related services. 2. Contact customer service to check the status of your account.',
  403: 'Authentication fails.',
  404: 'The requested content is not found. Check the request path.',
  500: 'Business failure. Check the values of parameters in the request.',
} as const;
