export { SnowflakeIds } from './snowflake.ts';
export { parseCallId, callIdMatches, type CallIdQuery } from './call-id.ts';
