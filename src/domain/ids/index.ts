export { SnowflakeIds } from './snowflake.ts';
export { callIdParts } from './call-id.ts';
export { parseCallId, callIdMatches, resolveCallId, type CallIdQuery } from './call-id.ts';
