import type { AgentAccountView } from '../../services/agent-accounts/index.ts';
import type { AgentAccountRow } from '../../store/index.ts';
import type { AgentOfSkillRow } from '../../store/repositories/agent-account.repository.ts';

/**
 * The wire forms of agents in the 5.1 replies: field names and types as the reference's examples
 * show them (numbers as numbers, absent phone as "").
 */

/** CEC §5.1.4 Table 5-12 (ref L3078–3093). */
export function agentAccountItem({ agent, skills }: AgentAccountView) {
  return {
    userAccount: agent.userAccount,
    userName: agent.userName,
    phone: agent.phone ?? '',
    email: agent.email,
    agentType: agent.agentType,
    ccRoleId: agent.ccRoleId,
    sipAccount: agent.sipAccount,
    skills: skills.map((s) => ({ skillId: s.skillId, agentWeight: s.agentWeight, skillWeight: s.skillWeight })),
    workNo: agent.workNo,
    transparentDisplayFlag: agent.transparentDisplayFlag === 1,
  };
}

/**
 * CEC §5.1.7 Table 5-21 (ref L3381–3390) and example (ref L3427–3440). The table's `userAccount`
 * appears in the example as `accountCode`; both carry the agent account (decision 0106).
 */
export function agentOfSkillItem(agent: AgentOfSkillRow) {
  return {
    workNo: agent.workNo,
    accountCode: agent.userAccount,
    agentType: agent.agentType,
    agentWeight: agent.agentWeight,
    accountName: agent.userName,
    sipAccount: agent.sipAccount,
    skillWeight: agent.skillWeight,
    userAccount: agent.userAccount,
  };
}

/** CEC §5.1.9 Table 5-26 (ref L3560–3563): the softphone credentials, in clear text as documented. */
export function softphoneItem(agent: AgentAccountRow) {
  return { workNo: agent.workNo, password: agent.ctiPassword, sipAccount: agent.sipAccount, sipPwd: agent.sipPwd };
}

/** CEC §5.1.10 Table 5-32 (ref L3664–3669): accountCode only for agents bound to a business account. */
export function softphoneWithAccountItem(agent: AgentAccountRow) {
  return {
    workNo: agent.workNo,
    ...(agent.accountCode ? { accountCode: agent.accountCode } : {}),
    sipAccount: agent.sipAccount,
    sipPwd: agent.sipPwd,
  };
}
