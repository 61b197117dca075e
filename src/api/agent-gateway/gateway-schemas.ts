import { Type } from '@sinclair/typebox';

/** `{agentid}`: the agent's work number, "101"–"59999" (checked by the C4 guard, 000-002). */
export const AgentIdParams = Type.Object({ agentid: Type.String({ description: 'Agent ID (work number), 101–59999' }) });

/** `result: {}` of the interfaces whose result is "reserved" (e.g. 6.1.1.9, ref L7686). */
export const EmptyResult = Type.Object({ result: Type.Object({}) });

/** Replies that carry `{message, retcode}` only (note 02 §3.3 variant A′). */
export const NoResult = Type.Object({});
