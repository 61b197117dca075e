export { SnowflakeIds } from './snowflake.ts';
export { callIdParts } from './call-id.ts';
