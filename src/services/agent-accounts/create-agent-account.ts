import { checkCreateInput, type CreateAgentInput } from '../../domain/config/agent-input-rules.ts';
import { lowestFreeWorkNo, pickSipAccount, sipAccountCandidates } from '../../domain/config/agent-number-rules.ts';
import { accepted, rejected, type AgentOutcome } from '../../domain/config/agent-rejection.ts';
import { checkSkillsForAgent } from '../../domain/config/agent-skill-rules.ts';
import { generateAgentCredentials } from './agent-credential-generator.ts';
import { skillMediaOf, writeAgents, type AgentAccountDeps } from './agent-account-deps.ts';
import { newAgentAccountRow } from '../../store/index.ts';

export interface CreatedAgent {
  readonly workNo: number;
  readonly sipAccount: string;
}

/**
 * CEC §5.1.1 (ref L2728–2842): creates an agent account in the tenant with its skill bindings,
 * a work number from the VDN's range, a SIP number and generated SIP and CTI passwords
 * (decision 0104). The account password starts its 90-day validity now.
 */
export async function createAgentAccount(deps: AgentAccountDeps, vdnId: number, input: CreateAgentInput): Promise<AgentOutcome<CreatedAgent>> {
  const checked = checkCreateInput(input);
  if ('rejection' in checked) return rejected(checked.rejection);
  const { bindings } = checked;
  // Hash before taking the tenant's lock: scrypt is slow on purpose and needs no state.
  const passwordHash = deps.passwords.hash(input.password);
  return writeAgents(deps, vdnId, async (repos) => {
    const vdn = await repos.vdns.find(vdnId);
    if (!vdn) return rejected({ tag: 'TenantNotFound', vdnId });
    if (await repos.agents.findByUserAccount(vdnId, input.userAccount)) return rejected({ tag: 'AgentAccountExists', userAccount: input.userAccount });
    const skillRejection = checkSkillsForAgent(input.agentType, bindings.map((b) => b.skillId), await skillMediaOf(repos, vdnId));
    if (skillRejection) return rejected(skillRejection);
    // Work numbers are unique across VDNs, so the search looks at every agent in the range.
    const taken = new Set(await repos.agents.workNosInUse(vdn.workNoMin, vdn.workNoMax));
    const workNo = lowestFreeWorkNo(vdn.workNoMin, vdn.workNoMax, taken);
    if (workNo === undefined) return rejected({ tag: 'WorkNoRangeExhausted', workNoMin: vdn.workNoMin, workNoMax: vdn.workNoMax });
    const sipAccount = pickSipAccount(workNo, new Set(await repos.agents.sipAccountsInUse(sipAccountCandidates(workNo))));
    if (sipAccount === undefined) return rejected({ tag: 'SipAccountUnavailable', workNo });
    const { sipPwd, ctiPassword } = generateAgentCredentials(deps.secrets, workNo);
    const now = deps.clock.now();
    await repos.agents.insert(
      newAgentAccountRow(
        { workNo, vdnId, userAccount: input.userAccount, userName: input.userName, passwordHash, email: input.email, phone: input.phone ? input.phone : null, agentType: input.agentType, ccRoleId: input.ccRoleId, sipAccount, sipPwd, ctiPassword, accountCode: null },
        now,
      ),
    );
    await repos.agents.replaceSkills(vdnId, workNo, bindings);
    return accepted({ workNo, sipAccount });
  });
}
