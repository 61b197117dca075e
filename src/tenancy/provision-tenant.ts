import { Value } from '@sinclair/typebox/value';
import type { PasswordHasher } from '../auth/index.ts';
import type { SnowflakeIds } from '../domain/ids/index.ts';
import type { Clock } from '../domain/time/index.ts';
import { inTransaction, newAgentAccountRow, type Repositories, type Store } from '../store/index.ts';
import { TenantSpec } from './tenant-spec.ts';
import { parsePhoneRanges } from '../domain/agent/index.ts';
import { phoneOwnershipConflict } from './phone-ownership.ts';
import { agentSkillBindings, skillGroupProblem } from './skill-groups.ts';
import { isKnownTimeZone } from '../domain/outbound/dialing/index.ts';
import { surveySpecProblem } from './survey-spec.ts';
import { provisionSurveys } from './provision-surveys.ts';
import { KnowledgeSpecProblem, provisionKnowledge } from './provision-knowledge.ts';
import { provisionMall } from './provision-mall.ts';

export interface ProvisioningDeps {
  store: Store;
  clock: Clock;
  ids: SnowflakeIds;
  passwords: PasswordHasher;
}

export class TenantSpecError extends Error {}

/** A VDN administrator's configuration-login id (note 01 §4.5: "VDN ID and 100000"). */
export function vdnAdminLoginId(vdnId: number): number {
  return 100_000 + vdnId;
}

const defaultSkillParam = { noAgents: { transferType: 'Release' }, busy: { transferType: 'Release' }, timeOut: { transferType: 'Release' } };

/**
 * Creates a tenant from a tenant file, in one transaction: the VDN, its credentials and
 * administrator, skills, agents and their skills, access codes, IVR flows, called routes and the
 * satisfaction survey. Throws TenantSpecError, before writing anything, when the file is invalid.
 */
export async function provisionTenant(deps: ProvisioningDeps, input: unknown): Promise<TenantSpec> {
  const spec = checkTenantSpec(input);
  const now = deps.clock.now();
  await inTransaction(deps.store, async (repos) => {
    if (await repos.vdns.find(spec.vdnId)) throw new TenantSpecError(`VDN ${spec.vdnId} already exists`);
    // Work numbers are system-wide (the agent gateway's paths carry no VDN): ranges must not overlap.
    for (const other of await repos.vdns.list()) {
      if (spec.workNoRange[0] <= other.workNoMax && other.workNoMin <= spec.workNoRange[1]) {
        throw new TenantSpecError(`workNoRange ${spec.workNoRange.join('-')} overlaps VDN ${other.vdnId} (${other.workNoMin}-${other.workNoMax})`);
      }
    }
    for (const agent of spec.agents) {
      if (await repos.agents.findBySipAccount(agent.sipAccount)) throw new TenantSpecError(`softphone ${agent.sipAccount} belongs to another tenant`);
    }
    const phoneConflict = await phoneOwnershipConflict(repos, spec);
    if (phoneConflict) throw new TenantSpecError(phoneConflict);
    await repos.vdns.insert({
      vdnId: spec.vdnId,
      name: spec.name,
      description: spec.description ?? '',
      workNoMin: spec.workNoRange[0],
      workNoMax: spec.workNoRange[1],
      settings: JSON.stringify(spec.settings ?? {}),
      createdAtMs: now,
    });
    await provisionCredentials(repos, spec, deps, now);
    await provisionSkillsAndAgents(repos, spec, deps, now);
    await provisionNumbers(repos, spec, deps);
    await provisionSurveys(repos, spec.vdnId, spec.surveys ?? [], now);
    if (spec.mall) await provisionMall(repos, spec, spec.mall, now);
    try {
      await provisionKnowledge(repos, spec.vdnId, spec.settings?.tenantSpaceId ?? String(spec.vdnId), spec.knowledge, () => deps.ids.next(), now);
    } catch (error) {
      if (error instanceof KnowledgeSpecProblem || error instanceof RangeError) throw new TenantSpecError(`tenant file: knowledge: ${error.message}`);
      throw error;
    }
  });
  return spec;
}

export function checkTenantSpec(input: unknown): TenantSpec {
  if (!Value.Check(TenantSpec, input)) {
    const first = Value.Errors(TenantSpec, input).First();
    throw new TenantSpecError(`tenant file: ${first?.path || '/'} ${first?.message ?? 'is invalid'}`);
  }
  const spec = input;
  const [min, max] = spec.workNoRange;
  const skillIds = new Set(spec.skills.map((s) => s.skillId));
  const flowIds = new Set((spec.ivrFlows ?? []).map((f) => f.flowId));
  const codes = new Set(spec.accessCodes.map((a) => a.accessCode));
  if (min > max) throw new TenantSpecError('tenant file: workNoRange is empty');
  const phones = parsePhoneRanges(spec.settings?.phoneNumbers);
  if (!phones.ok) throw new TenantSpecError(`tenant file: settings.${phones.reason}`);
  const groups = spec.settings?.skillGroups ?? [];
  const groupProblem = skillGroupProblem(groups, skillIds);
  if (groupProblem) throw new TenantSpecError(`tenant file: settings.skillGroups: ${groupProblem}`);
  const zone = spec.settings?.timeZone;
  if (zone !== undefined && !isKnownTimeZone(zone)) throw new TenantSpecError(`tenant file: settings.timeZone ${zone} is not an IANA time zone`);
  for (const agent of spec.agents) {
    if (agent.workNo < min || agent.workNo > max) throw new TenantSpecError(`tenant file: agent ${agent.workNo} is outside workNoRange`);
    if (agent.skillGroupId !== undefined && !groups.some((g) => g.id === agent.skillGroupId)) throw new TenantSpecError(`tenant file: agent ${agent.workNo} has unknown skill group ${agent.skillGroupId}`);
    for (const s of agent.skills ?? []) {
      if (!skillIds.has(s.skillId)) throw new TenantSpecError(`tenant file: agent ${agent.workNo} has unknown skill ${s.skillId}`);
    }
  }
  for (const route of spec.calledRoutes) {
    if (!codes.has(route.accessCode)) throw new TenantSpecError(`tenant file: route to unknown access code ${route.accessCode}`);
    const known = route.deviceType === 1 ? skillIds.has(route.deviceId) : route.deviceType === 3 ? flowIds.has(route.deviceId) : false;
    if (!known) throw new TenantSpecError(`tenant file: route ${route.accessCode}${route.extCode ?? ''} targets unknown device ${route.deviceType}/${route.deviceId}`);
  }
  if (spec.satisfaction?.ivrFlowId !== undefined && !flowIds.has(spec.satisfaction.ivrFlowId)) {
    throw new TenantSpecError(`tenant file: satisfaction survey flow ${spec.satisfaction.ivrFlowId} is unknown`);
  }
  const surveyProblem = surveySpecProblem(spec.surveys ?? []);
  if (surveyProblem) throw new TenantSpecError(`tenant file: ${surveyProblem}`);
  return spec;
}

async function provisionCredentials(repos: Repositories, spec: TenantSpec, deps: ProvisioningDeps, now: number): Promise<void> {
  for (const c of spec.appCredentials) {
    await repos.credentials.upsertAppCredential({ family: 'aksk', appKey: c.appKey, appSecret: c.appSecret, vdnId: spec.vdnId, description: `${spec.name} AK/SK`, createdAtMs: now });
  }
  for (const c of spec.oiapCredentials ?? []) {
    await repos.credentials.upsertAppCredential({ family: 'oiap', appKey: c.appKey, appSecret: c.appSecret, vdnId: spec.vdnId, description: `${spec.name} OIAP`, createdAtMs: now });
  }
  await repos.credentials.upsertConfigAdmin({ loginId: vdnAdminLoginId(spec.vdnId), vdnId: spec.vdnId, passwordHash: deps.passwords.hash(spec.adminPassword), name: `${spec.name} administrator` });
}

async function provisionSkillsAndAgents(repos: Repositories, spec: TenantSpec, deps: ProvisioningDeps, now: number): Promise<void> {
  for (const s of spec.skills) {
    await repos.skills.insert({
      vdnId: spec.vdnId,
      skillId: s.skillId,
      name: s.name,
      description: s.description ?? '',
      mediaTypeId: s.mediaTypeId,
      maxWaitTime: s.maxWaitTime ?? 600,
      maxWaitNum: s.maxWaitNum ?? 1000,
      maxAgentWrapupTime: s.maxAgentWrapupTime ?? 30,
      skillParam: JSON.stringify(s.skillParam ?? defaultSkillParam),
      serviceType: 0,
      realFlag: 1,
      createdAtMs: now,
    });
  }
  if (spec.skills.length) await repos.idCounters.raiseTo(`skill:${spec.vdnId}`, Math.max(...spec.skills.map((s) => s.skillId)));
  const hashes = new Map<string, string>();
  for (const a of spec.agents) {
    // Hash each distinct password once per provisioning run: scrypt is deliberately slow.
    const passwordHash = hashes.get(a.password) ?? deps.passwords.hash(a.password);
    hashes.set(a.password, passwordHash);
    await repos.agents.insert(
      newAgentAccountRow(
        {
          workNo: a.workNo,
          vdnId: spec.vdnId,
          userAccount: a.userAccount,
          userName: a.userName,
          passwordHash,
          email: a.email ?? '',
          phone: a.phone ?? null,
          agentType: a.agentType ?? 4,
          ccRoleId: a.ccRoleId ?? 2,
          sipAccount: a.sipAccount,
          sipPwd: a.sipPwd ?? a.password,
          ctiPassword: a.ctiPassword ?? a.password,
          accountCode: a.accountCode ?? null,
        },
        now,
      ),
    );
    await repos.agents.replaceSkills(spec.vdnId, a.workNo, agentSkillBindings(a, spec.settings?.skillGroups ?? []));
  }
}

async function provisionNumbers(repos: Repositories, spec: TenantSpec, deps: ProvisioningDeps): Promise<void> {
  const vdnId = spec.vdnId;
  for (const a of spec.accessCodes) {
    if (await repos.numbers.findAccessCodeAnyVdn(a.accessCode)) throw new TenantSpecError(`access code ${a.accessCode} belongs to another tenant`);
    await repos.numbers.upsertAccessCode({
      id: deps.ids.next(),
      vdnId,
      accessCode: a.accessCode,
      mediaTypeId: a.mediaTypeId ?? 5,
      n400Number: a.n400Number ?? null,
      description: a.description ?? null,
      numCallAttr: a.numCallAttr ?? 3,
    });
  }
  for (const f of spec.ivrFlows ?? []) {
    await repos.ivr.upsertFlow({
      vdnId,
      flowId: f.flowId,
      ivrId: deps.ids.next(),
      accessCode: f.accessCode,
      description: f.description,
      flowFileName: f.flowFileName ?? `flow${f.flowId}.GSL`,
      flowType: f.flowType ?? 1,
      isLoad: 1,
      maxCallNum: null,
      serviceNo: f.flowId,
      script: JSON.stringify(f.script ?? {}),
    });
  }
  if (spec.ivrFlows?.length) await repos.idCounters.raiseTo(`ivrFlow:${vdnId}`, Math.max(...spec.ivrFlows.map((f) => f.flowId)));
  const skillNames = new Map(spec.skills.map((s) => [s.skillId, s] as const));
  const flowNames = new Map((spec.ivrFlows ?? []).map((f) => [f.flowId, f] as const));
  let dnid = 0;
  for (const r of spec.calledRoutes) {
    dnid += 1;
    const skill = r.deviceType === 1 ? skillNames.get(r.deviceId) : undefined;
    await repos.numbers.insertRoute({
      id: deps.ids.next(),
      vdnId,
      dnid,
      accessCode: r.accessCode,
      extCode: r.extCode ?? '',
      mediaTypeId: r.mediaTypeId ?? skill?.mediaTypeId ?? 5,
      deviceType: r.deviceType,
      deviceId: r.deviceId,
      deviceDesc: skill?.name ?? flowNames.get(r.deviceId)?.description ?? '',
      editable: r.editable ?? null,
    });
  }
  if (dnid > 0) await repos.idCounters.raiseTo(`dnid:${vdnId}`, dnid);
  if (spec.satisfaction) {
    await repos.ivr.upsertSatisfactionConfig({
      vdnId,
      enabled: spec.satisfaction.enabled ? 1 : 0,
      ivrFlowId: spec.satisfaction.ivrFlowId ?? null,
      feedbackType: 'IVR',
      channelType: 'audio',
    });
  }
}
