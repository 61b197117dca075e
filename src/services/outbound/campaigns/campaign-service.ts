import {
  campaignTransition,
  initialStatus,
  ivrDeviceTypes,
  parseCampaign,
  reject,
  skillDeviceTypes,
  type CampaignApiVersion,
  type IsalesRejection,
} from '../../../domain/outbound/index.ts';
import { inTransaction, type CampaignListFilter, type Repositories } from '../../../store/index.ts';
import { campaignDetail, campaignListItem, campaignRow, storedCampaign, type StoredCampaign } from './campaign-record.ts';
import type { CampaignRuntime } from './campaign-runtime.ts';
import { withCampaignLock, type OutboundDeps } from './outbound-deps.ts';

/** CEC §7.1.1 (ref L21849–21854): `max.liveliest.taskCount`, 20 active campaigns per device class. */
export const activeCampaignsPerClassMax = 20;

export interface CampaignServiceDeps extends OutboundDeps {
  readonly runtime: CampaignRuntime;
}

/**
 * A change of a campaign's stored state, which the VDN's dialer then follows: on the VDN's owner
 * only (decision 1730), so a request reaching another node is forwarded before anything is written.
 */
export async function changingCampaign<T>(deps: CampaignServiceDeps, vdnId: number, campaignId: number, work: () => Promise<T>): Promise<T> {
  await deps.runtime.claim(vdnId);
  return withCampaignLock(deps, vdnId, campaignId, work);
}

const notFound = (): IsalesRejection => reject('campaignNotFound', 'The outbound campaign does not exist.');

export async function loadCampaign(deps: OutboundDeps, vdnId: number, campaignId: number): Promise<StoredCampaign | IsalesRejection> {
  const row = await deps.repos.isalesCampaigns.find(vdnId, campaignId);
  if (!row) return notFound();
  return storedCampaign(row, await deps.repos.isalesCampaigns.callerNos(vdnId, campaignId));
}

/** Note 04 §5.2 steps 5–7: name unique, skill exists (0200017), IVR flow exists, class below its limit. */
async function storeChecks(repos: Repositories, vdnId: number, input: ReturnType<typeof parseCampaign>, self?: number): Promise<IsalesRejection | undefined> {
  if ('rejected' in input) return input;
  const sameName = await repos.isalesCampaigns.findByName(vdnId, input.name);
  if (sameName && sameName.campaignId !== self) return reject('nameNotUnique', 'The outbound campaign name must be unique.');
  if (input.skillParam && !(await repos.skills.find(vdnId, input.skillParam.skillId))) return reject('skillNotFound', 'The skill queue ID does not exist.');
  if (input.ivrParam) {
    // An IVR campaign plays one of the tenant's own flows, named by its access code (Table 7-5).
    const flows = await repos.ivr.listFlows(vdnId);
    if (!flows.some((f) => f.accessCode === input.ivrParam!.deviceSign || String(f.flowId) === input.ivrParam!.deviceSign)) return reject('invalidValue', 'ivrParam.deviceSign is not an IVR flow of the tenant');
  }
  if (self !== undefined) return undefined;
  const skillClass = skillDeviceTypes.includes(input.deviceType);
  const classTypes = skillClass ? skillDeviceTypes : ivrDeviceTypes;
  const active = await repos.isalesCampaigns.count(vdnId, { deviceTypes: classTypes, statuses: [1, 2, 3] });
  if (active >= activeCampaignsPerClassMax) {
    return skillClass
      ? reject('skillCampaignLimit', 'The number of outbound campaigns whose device type is skill queue reaches the upper limit.')
      : reject('ivrCampaignLimit', 'The number of outbound campaigns whose device type is IVR reaches the upper limit.');
  }
  return undefined;
}

/** 7.1.1 / 7.1.2: validates in the documented order, persists the campaign and its policies, starts its clock. */
export async function createCampaign(deps: CampaignServiceDeps, vdnId: number, version: CampaignApiVersion, body: Record<string, unknown>): Promise<{ id: number } | IsalesRejection> {
  const now = deps.clock.now();
  const input = parseCampaign(body, { version, mode: 'create', nowMs: now, retryPolicyId: deps.ids.next(), callPolicyId: deps.ids.next() });
  await deps.runtime.claim(vdnId);
  return deps.tenantLocks.run(`isales:${vdnId}`, async () => {
    const failed = await storeChecks(deps.repos, vdnId, input);
    if (failed) return failed;
    if ('rejected' in input) return input;
    const campaignId = await inTransaction(deps.store, async (repos) => {
      const id = await repos.idCounters.next(`isales-campaign:${vdnId}`);
      await repos.isalesCampaigns.insert(campaignRow(vdnId, id, input, initialStatus(input.initStatus, now < input.beginMs), now));
      await repos.isalesCampaigns.addCallerNos(input.callerNos.map((c) => ({ vdnId, campaignId: id, ...c })));
      return id;
    });
    await withCampaignLock(deps, vdnId, campaignId, () => deps.runtime.reconcile(vdnId, campaignId));
    return { id: campaignId };
  });
}

/** 7.1.3 / 7.1.4 (note 04 §5.3): exists (0200007), not completed (0200016), same device type; full replacement. */
export async function modifyCampaign(deps: CampaignServiceDeps, vdnId: number, campaignId: number, version: CampaignApiVersion, body: Record<string, unknown>): Promise<void | IsalesRejection> {
  return deps.tenantLocks.run(`isales:${vdnId}`, () =>
    changingCampaign(deps, vdnId, campaignId, async () => {
      const current = await loadCampaign(deps, vdnId, campaignId);
      if ('rejected' in current) return current;
      const allowed = campaignTransition(current.status as 1, 'modify');
      if (typeof allowed !== 'number') return allowed;
      const now = deps.clock.now();
      const input = parseCampaign(body, { version, mode: 'modify', nowMs: now, retryPolicyId: deps.ids.next(), callPolicyId: deps.ids.next(), current });
      const failed = await storeChecks(deps.repos, vdnId, input, campaignId);
      if (failed) return failed;
      if ('rejected' in input) return input;
      // V2's initStatus means "status after addition" (ref L22880); a modification leaves the status as it is.
      const row = campaignRow(vdnId, campaignId, input, current.status, now);
      await inTransaction(deps.store, async (repos) => {
        const { vdnId: _v, campaignId: _c, createdAtMs: _t, archived: _a, ...changes } = row;
        await repos.isalesCampaigns.update(vdnId, campaignId, changes);
        if (version === 'v2' || body.callerNo !== undefined) {
          await repos.isalesCampaigns.removeCallerNos(vdnId, campaignId);
          await repos.isalesCampaigns.addCallerNos(input.callerNos.map((c) => ({ vdnId, campaignId, ...c })));
        }
      });
      await deps.runtime.reconcile(vdnId, campaignId);
      return undefined;
    }),
  );
}

/**
 * 7.1.5: a running campaign (2) is refused with 0200009; otherwise it is removed with its
 * calling numbers, holidays and records, or kept as history with `archiveHistory` 1 (ref L23239).
 * Pending records end with no dial (note 04 §5.1).
 */
export async function deleteCampaign(deps: CampaignServiceDeps, vdnId: number, campaignId: number, archiveHistory: boolean): Promise<void | IsalesRejection> {
  return changingCampaign(deps, vdnId, campaignId, async () => {
    const current = await loadCampaign(deps, vdnId, campaignId);
    if ('rejected' in current) return current;
    const allowed = campaignTransition(current.status as 1, 'delete');
    if (typeof allowed !== 'number') return allowed;
    await deps.runtime.forget(vdnId, campaignId);
    const now = deps.clock.now();
    await inTransaction(deps.store, async (repos) => {
      await repos.isalesCallData.moveStates(vdnId, campaignId, ['new', 'waiting', 'fed'], { state: 'cancelled', finishedAtMs: now });
      await repos.isalesCampaigns.removeCallerNos(vdnId, campaignId);
      await repos.isalesCampaigns.removeHolidays(vdnId, campaignId);
      if (archiveHistory) {
        await repos.isalesCampaigns.update(vdnId, campaignId, { archived: 1, updatedAtMs: now });
        await repos.isalesCallData.archiveCampaign(vdnId, campaignId, true);
      } else {
        await repos.isalesResults.removeOfCampaign(vdnId, campaignId);
        await repos.isalesCallData.archiveCampaign(vdnId, campaignId, false);
        await repos.isalesCampaigns.remove(vdnId, campaignId);
      }
    });
    return undefined;
  });
}

export async function campaignDetailOf(deps: OutboundDeps, vdnId: number, campaignId: number): Promise<Record<string, unknown> | IsalesRejection> {
  const campaign = await loadCampaign(deps, vdnId, campaignId);
  return 'rejected' in campaign ? campaign : campaignDetail(campaign);
}

/** 7.1.7: the filtered page plus the tenant's campaign counts per device class (ref L23692–23693). */
export async function listCampaigns(deps: OutboundDeps, vdnId: number, filter: CampaignListFilter, curPage: number, rowsPerPage: number) {
  const repo = deps.repos.isalesCampaigns;
  const totalSize = await repo.count(vdnId, filter);
  const rows = await repo.list(vdnId, filter, (curPage - 1) * rowsPerPage, rowsPerPage);
  const data = [];
  for (const row of rows) data.push(campaignListItem(storedCampaign(row, await repo.callerNos(vdnId, row.campaignId))));
  const curSkillQueueCount = await repo.count(vdnId, { deviceTypes: skillDeviceTypes });
  const curlvrCount = await repo.count(vdnId, { deviceTypes: ivrDeviceTypes });
  return { curPage, totalSize, rowsPerPage, data, curSkillQueueCount, curlvrCount };
}

/** 7.1.8 / 7.1.9: pause 2 → 3, resume 3 → 2 (or 1 before its begin time); otherwise 0200011. */
export async function controlCampaign(deps: CampaignServiceDeps, vdnId: number, campaignId: number, command: 'pause' | 'resume'): Promise<void | IsalesRejection> {
  return changingCampaign(deps, vdnId, campaignId, async () => {
    const current = await loadCampaign(deps, vdnId, campaignId);
    if ('rejected' in current) return current;
    const now = deps.clock.now();
    const next = campaignTransition(current.status as 1, command, { beforeBegin: now < current.beginMs });
    if (typeof next !== 'number') return next;
    await deps.repos.isalesCampaigns.update(vdnId, campaignId, { status: next, updatedAtMs: now });
    await deps.runtime.reconcile(vdnId, campaignId);
    return undefined;
  });
}

