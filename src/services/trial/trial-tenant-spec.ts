import type { SecretSource } from '../../auth/index.ts';
import type { TenantSpec } from '../../tenancy/index.ts';
import { trialLimits } from './trial-limits.ts';

export interface TrialApplicant {
  companyName: string;
  phone: string;
  email: string;
}

export interface TrialAllocation {
  vdnId: number;
  workNoMin: number;
  accessCode: string;
}

/** What the applicant is e-mailed (decision 1507): everything needed to use the tenant at once. */
export interface TrialCredentials {
  vdnId: number;
  appKey: string;
  appSecret: string;
  adminLoginId: number;
  adminPassword: string;
  agent: { workNo: number; userAccount: string; password: string; sipAccount: string };
  accessCode: string;
}

/** A password the tenant file accepts (≥ 8 characters) with upper, lower, digit and symbol. */
const password = (secrets: SecretSource) => `Tr${secrets.hex(6)}@1`;

/**
 * The tenant file of a one-click trial tenant (decision 1507): one voice skill, one agent, the
 * trial access code routed to the skill, an AK/SK and a VDN administrator, and the applicant as
 * its mall customer on a trial of trialLimits.trialDurationMs.
 */
export function trialTenantSpec(applicant: TrialApplicant, at: TrialAllocation, secrets: SecretSource, now: number): { spec: TenantSpec; credentials: TrialCredentials } {
  const { vdnId, workNoMin: workNo, accessCode } = at;
  const credentials: TrialCredentials = {
    vdnId,
    appKey: `trial${vdnId}-ak`,
    appSecret: secrets.hex(16),
    adminLoginId: 100_000 + vdnId,
    adminPassword: password(secrets),
    agent: { workNo, userAccount: `trial${workNo}`, password: password(secrets), sipAccount: `6${workNo}` },
    accessCode,
  };
  const spec: TenantSpec = {
    vdnId,
    name: `Trial${vdnId}`,
    description: `One-click trial of ${applicant.companyName}`.slice(0, 200),
    workNoRange: [workNo, workNo + trialLimits.trialWorkNoCount - 1],
    appCredentials: [{ appKey: credentials.appKey, appSecret: credentials.appSecret }],
    adminPassword: credentials.adminPassword,
    skills: [{ skillId: 1, name: 'Voice', description: 'Trial voice queue', mediaTypeId: 5 }],
    agents: [{ workNo, userAccount: credentials.agent.userAccount, userName: `Agent ${workNo}`, password: credentials.agent.password, sipAccount: credentials.agent.sipAccount, email: applicant.email, skills: [{ skillId: 1 }] }],
    accessCodes: [{ accessCode, mediaTypeId: 5, description: 'Trial hotline', numCallAttr: 3 }],
    calledRoutes: [{ accessCode, deviceType: 1, deviceId: 1 }],
    mall: {
      mobilePhone: applicant.phone,
      company: applicant.companyName,
      // Table 17-5 asks for no contact name: the mailbox's name stands for it.
      customerName: applicant.email.split('@')[0] || applicant.email,
      email: applicant.email,
      createDate: now,
      trial: { expiryDate: now + trialLimits.trialDurationMs },
    },
  };
  return { spec, credentials };
}

export function credentialsMail(c: TrialCredentials): string {
  return [
    `Your OpenCEC trial tenant (VDN ${c.vdnId}) is ready.`,
    `API key (AK/SK, tokenByAkSk and signatures): ${c.appKey} / ${c.appSecret}`,
    `VDN administrator (configuration login): ${c.adminLoginId} / ${c.adminPassword}`,
    `Agent: work number ${c.agent.workNo}, account ${c.agent.userAccount}, password ${c.agent.password}, softphone ${c.agent.sipAccount}`,
    `Hotline access code: ${c.accessCode}`,
  ].join('\n');
}
