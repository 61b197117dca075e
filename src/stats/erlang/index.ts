export { erlangC, erlangCProbability, type QueueInputs, type QueuePrediction } from './erlang-c.ts';
export { erlangA } from './erlang-a.ts';
export { predict, agentsFor } from './staffing.ts';
