/** Application services of agent accounts (reference 5.1): the one door of this context. */
export { type AgentAccountDeps, tenantLockKey } from './agent-account-deps.ts';
export { createAgentAccount, type CreatedAgent } from './create-agent-account.ts';
export { updateAgentAccount } from './update-agent-account.ts';
export { deleteAgentAccount } from './delete-agent-account.ts';
export { bindAgentsToSkill, unbindAgentsFromSkill } from './agent-skill-bindings.ts';
export { updateSipPassword } from './update-sip-password.ts';
export { changeCtiPassword, ctiPasswordsRememberedMax } from './change-cti-password.ts';
export { verifySignIn } from './agent-sign-in.ts';
export {
  queryAgentAccounts,
  listAgentsOfSkill,
  listSoftphoneAgents,
  findAgentBySignInAccount,
  type AgentAccountView,
  type AgentQueryDeps,
} from './agent-account-queries.ts';
