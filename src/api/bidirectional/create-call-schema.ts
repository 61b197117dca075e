import { Type } from '@sinclair/typebox';
import { itaCreateCallCodes } from '../../services/bidirectional/index.ts';

/**
 * The body of createCall, V1 (Table 6-356) and V3 (Table 6-360) together: the V3 fields are also
 * accepted on the V1 path (issue 11). Fields are typed loosely (numbers arrive as JSON numbers in
 * the V3 example, ref L16630) and checked by the service, which answers each rule with its code.
 */
export const createCallBody = Type.Object({
  caller: Type.Optional(Type.String()),
  softPhone: Type.Optional(Type.String()),
  called: Type.Optional(Type.String()),
  agentWorkNo: Type.Optional(Type.String()),
  callData: Type.Optional(Type.String()),
  callerPresent: Type.Optional(Type.String()),
  agentPresent: Type.Optional(Type.String()),
  callbackUrl: Type.Optional(Type.String()),
});

export const createCallResponse = Type.Object({ result: Type.Object({ callSerialNo: Type.String() }) });

/** The codes of Table 6-357 / 6-361 we answer, in the order the service checks them, then an ITA tenant's (Table 6-358, decision 0431). */
export const createCallErrors = ['5', '2', '8', '9', '16', '21', '1', ...itaCreateCallCodes];
