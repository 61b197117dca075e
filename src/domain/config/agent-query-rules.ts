import { checkAccountKey, checkAgentType } from './agent-account-rules.ts';
import { invalidField, type AgentRejection } from './agent-rejection.ts';

/**
 * How the 5.1 query interfaces read their paging and filter parameters. Pages count from 0
 * (ref L3061, L3370); both interfaces cap a page at 100 agents.
 */

/** CEC §5.1.7 (ref L3369): "The maximum value is 100." 5.1.4 states none; the same cap applies (decision 0105). */
export const agentPageSizeMax = 100;

/** CEC §5.1.4 Table 5-11 (ref L3056–3066). */
export interface AgentQueryInput {
  readonly userAccount?: string;
  readonly pageNum?: number;
  readonly pageSize?: number;
  readonly agentType?: readonly number[];
  readonly transparentDisplayFlag?: boolean;
}

export type AgentQuery =
  | { readonly mode: 'single'; readonly userAccount: string }
  | { readonly mode: 'page'; readonly offset: number; readonly limit: number; readonly agentTypes: readonly number[]; readonly transparentDisplayFlag?: boolean };

/**
 * "When userAccount is transferred, other input parameters are invalid" (ref L3060): an account
 * selects one agent and the rest is ignored; otherwise pageNum/pageSize page through the tenant's
 * agents. A page larger than 100 is served as 100 agents, and `total` tells the caller how many
 * there are (decision 0105). An empty userAccount counts as not sent.
 */
export function resolveAgentQuery(input: AgentQueryInput): { query: AgentQuery } | { rejection: AgentRejection } {
  if (input.userAccount !== undefined && input.userAccount !== '') {
    const rejection = checkAccountKey(input.userAccount);
    return rejection ? { rejection } : { query: { mode: 'single', userAccount: input.userAccount } };
  }
  if (input.pageNum === undefined && input.pageSize === undefined) {
    return { rejection: invalidField('userAccount', 'is mandatory when pageNum and pageSize are not set') };
  }
  const pageNum = input.pageNum ?? 0;
  const pageSize = Math.min(input.pageSize ?? agentPageSizeMax, agentPageSizeMax);
  const paging = checkPaging(pageNum, pageSize);
  if (paging) return { rejection: paging };
  for (const agentType of input.agentType ?? []) {
    const rejection = checkAgentType(agentType);
    if (rejection) return { rejection };
  }
  return {
    query: {
      mode: 'page',
      offset: pageNum * pageSize,
      limit: pageSize,
      agentTypes: [...new Set(input.agentType ?? [])],
      ...(input.transparentDisplayFlag === undefined ? {} : { transparentDisplayFlag: input.transparentDisplayFlag }),
    },
  };
}

/** CEC §5.1.7 Table 5-20 (ref L3365–3370): pageSize 1 to 100 and pageNum from 0, both mandatory. */
export function resolveSkillPage(pageNum: number, pageSize: number): { offset: number; limit: number } | { rejection: AgentRejection } {
  if (pageSize > agentPageSizeMax) return { rejection: invalidField('pageSize', `must be at most ${agentPageSizeMax}`) };
  const rejection = checkPaging(pageNum, pageSize);
  return rejection ? { rejection } : { offset: pageNum * pageSize, limit: pageSize };
}

function checkPaging(pageNum: number, pageSize: number): AgentRejection | undefined {
  if (!Number.isInteger(pageNum) || pageNum < 0) return invalidField('pageNum', 'must be an integer from 0');
  if (!Number.isInteger(pageSize) || pageSize < 1) return invalidField('pageSize', 'must be an integer from 1');
  return undefined;
}
