import { Type, type TSchema } from '@sinclair/typebox';

/** Schema pieces shared by the §12.2 interfaces. Ids are strings; numbers are coerced to them. */
export const id = (maxLength = 64) => Type.String({ minLength: 1, maxLength });
export const text = (maxLength: number) => Type.String({ maxLength });
export const name = (maxLength = 128) => Type.String({ minLength: 1, maxLength });
export const num = (options: { minimum?: number; maximum?: number } = {}) => Type.Number(options);
export const int = (options: { minimum?: number; maximum?: number } = {}) => Type.Integer(options);
export const opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
/** An id list as the reference prints it: an array, or one comma-separated string (note 07 §8.4 item 58). */
// No null branch: under coerceTypes "array" a null branch would unwrap one-element arrays; a null arrives as [""] and means none.
export const idArray = () => Type.Union([Type.Array(Type.Union([Type.String(), Type.Number()]), { maxItems: 1000 }), Type.String({ maxLength: 20000 })]);
/** `other`: the trigger window in seconds, with any further keys kept (ref L48852). */
export const window = () => Type.Object({ call_from: opt(Type.Union([Type.Null(), Type.Number()])), call_end: opt(Type.Union([Type.Null(), Type.Number()])) }, { additionalProperties: true });
export const page = () => Type.Integer({ minimum: 1, maximum: 1_000_000 });
export const limit = (maximum = 10_000) => Type.Integer({ minimum: 1, maximum });
export const restrictedLimit = () => Type.Union([Type.Literal(5), Type.Literal(10), Type.Literal(20), Type.Literal(50), Type.Literal(100)]);
