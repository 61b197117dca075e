export { SnowflakeIds } from './snowflake.ts';
