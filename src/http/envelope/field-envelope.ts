import { Type, type TSchema } from '@sinclair/typebox';
import { CecError, httpStatusText, type GenericFailure } from '../cec-error.ts';
import type { Envelope } from './envelope.ts';

export interface FieldEnvelopeOptions {
  name: string;
  codeField: string;
  messageField: string;
  /** The success code as it appears on the wire ("0" or 0). */
  successCode: string | number;
  /** Code and HTTP status of each generic failure. */
  generic: Record<GenericFailure, { code: string; httpStatus: number }>;
  /** Message used when a successful payload carries none (omitted from the body when undefined). */
  defaultSuccessMessage?: string;
  /** Put the message before the code, as the CC-Gateway examples do. */
  messageFirst?: boolean;
  /** Fields every failure body carries besides code and message (e.g. gateway `result: ""`). */
  failureExtra?: Record<string, unknown>;
  /** The code is a JSON number on the wire (OIAP errorCode). */
  numericCode?: boolean;
}

/** An envelope whose replies are one object with a code field and a message field. */
export function fieldEnvelope(options: FieldEnvelopeOptions): Envelope {
  const { codeField, messageField } = options;
  const wireCode = (code: string): string | number => (options.numericCode ? Number(code) : code);
  const build = (code: string | number, message: string | undefined, rest: Record<string, unknown>): Record<string, unknown> => {
    const head: Record<string, unknown> = {};
    if (options.messageFirst && message !== undefined) head[messageField] = message;
    head[codeField] = code;
    if (!options.messageFirst && message !== undefined) head[messageField] = message;
    return { ...head, ...rest };
  };
  return {
    name: options.name,
    success(payload) {
      // Every reply of the family passes here: one object written in order (code and message
      // first, then the payload), without the rest and spread copies (issue 8).
      const message = payload[messageField];
      const text = typeof message === 'string' ? message : options.defaultSuccessMessage;
      const out: Record<string, unknown> = {};
      if (options.messageFirst && text !== undefined) out[messageField] = text;
      out[codeField] = options.successCode;
      if (!options.messageFirst && text !== undefined) out[messageField] = text;
      for (const key of Object.keys(payload)) if (key !== messageField) out[key] = payload[key];
      return out;
    },
    failure(error) {
      return build(wireCode(error.code), error.message, { ...options.failureExtra, ...error.extra });
    },
    generic(kind, message) {
      const { code, httpStatus } = options.generic[kind];
      return new CecError(code, message, { httpStatus });
    },
    successSchema(payload) {
      return Type.Composite([
        Type.Object({
          [codeField]: options.numericCode ? Type.Integer({ const: options.successCode }) : Type.String({ const: options.successCode }),
          [messageField]: Type.Optional(Type.String()),
        }),
        payload as never,
      ]);
    },
    failureSchema() {
      return Type.Object({
        [codeField]: options.numericCode ? Type.Integer() : Type.String(),
        [messageField]: Type.String(),
      });
    },
  };
}

/**
 * Generic failure coding of the configuration interfaces (chapter 5): HTTP statuses plus "1".
 * Families with a distinct invalid-parameter code (CMS 0100002, iSales) pass it separately.
 */
export function configGeneric(failureCode: string, invalidParameterCode = failureCode): FieldEnvelopeOptions['generic'] {
  return {
    invalidParameter: { code: invalidParameterCode, httpStatus: 200 },
    malformedRequest: { code: invalidParameterCode, httpStatus: 400 },
    unauthorized: { code: failureCode, httpStatus: 401 },
    notFound: { code: failureCode, httpStatus: 404 },
    internal: { code: failureCode, httpStatus: 500 },
  };
}

export { httpStatusText };
