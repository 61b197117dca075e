export type { NodeBoard } from './node-board.ts';
export { MemoryNodeBoard } from './memory-node-board.ts';
export { RedisNodeBoard } from './redis-node-board.ts';
