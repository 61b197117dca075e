import type { ApiEndpoint } from '../define-endpoint.ts';
import { addSkillsToAgentEndpoint } from './add-skills-to-agent.endpoint.ts';
import { cleanCustPersonalDataEndpoint } from './clean-cust-personal-data.endpoint.ts';
import { createAgentAccountEndpoint } from './create-agent-account.endpoint.ts';
import { deleteAgentAccountEndpoint } from './delete-agent-account.endpoint.ts';
import { queryAgentAccountsEndpoint } from './query-agent-accounts.endpoint.ts';
import { queryAgentInfoByAccountEndpoint } from './query-agent-info-by-account.endpoint.ts';
import { queryAgentInfoBySkillIdEndpoint } from './query-agent-info-by-skill-id.endpoint.ts';
import { queryAgentInfoEndpoint } from './query-agent-info.endpoint.ts';
import { queryAgentLoginParamsEndpoint } from './query-agent-login-params.endpoint.ts';
import { querySysInfoEndpoint } from './query-sys-info.endpoint.ts';
import { releaseAgentBySkillIdEndpoint } from './release-agent-by-skill-id.endpoint.ts';
import { updateAgentAccountEndpoint } from './update-agent-account.endpoint.ts';
import { updateSipPhonePasswordEndpoint } from './update-sip-phone-password.endpoint.ts';

/** Chapter 5.1: agent accounts (C1), in the reference's order. */
export const configAgentEndpoints: readonly ApiEndpoint[] = [
  createAgentAccountEndpoint,
  deleteAgentAccountEndpoint,
  updateAgentAccountEndpoint,
  queryAgentAccountsEndpoint,
  addSkillsToAgentEndpoint,
  releaseAgentBySkillIdEndpoint,
  queryAgentInfoBySkillIdEndpoint,
  updateSipPhonePasswordEndpoint,
  querySysInfoEndpoint,
  queryAgentInfoEndpoint,
  queryAgentLoginParamsEndpoint,
  queryAgentInfoByAccountEndpoint,
  cleanCustPersonalDataEndpoint,
];
