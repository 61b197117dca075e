import {
  campaignTransition,
  deletableStates,
  incompleteRecordsPerCampaignMax,
  incompleteStates,
  isalesDayMs,
  parseCallDataList,
  parseIsalesDateTime,
  reject,
  startOfDayMs,
  type CampaignApiVersion,
  type IsalesRejection,
} from '../../../domain/outbound/index.ts';
import { inTransaction, type CallDataDeleteFilter } from '../../../store/index.ts';
import { loadCampaign, type CampaignServiceDeps } from '../campaigns/campaign-service.ts';
import { withCampaignLock, type OutboundDeps } from '../campaigns/outbound-deps.ts';
import { recordNumbers, type NumberBlockedCheck } from './dial-targets.ts';

/** CEC §7.4.1 (ref L26234): "the interface invoking time cannot be less than 1 second" (0200022). */
export const addCallDataSpacingMs = 1000;

export interface CallDataDeps extends CampaignServiceDeps {
  /** When each campaign last took records (per process; the spacing is a rate limit, not state). */
  readonly lastAddAtMs: Map<string, number>;
  readonly numberBlocked: NumberBlockedCheck;
}

/**
 * 7.4.1 / 7.4.2, in the order of Table 7-221: the records are valid (02000001…, 0200029, 0200018,
 * 0200030); the campaign exists (0200007) and takes numbers in its state (0200019: not running,
 * not completed); no blacklisted number (0200024); the spacing of 1 s (0200022); at most 200,000
 * incomplete records (0200020). All records or none are added. Returns the campaign's record total.
 */
export async function addCallData(deps: CallDataDeps, vdnId: number, campaignId: number, version: CampaignApiVersion, body: Record<string, unknown>): Promise<{ totalSize: number } | IsalesRejection> {
  return withCampaignLock(deps, vdnId, campaignId, async () => {
    const campaign = await loadCampaign(deps, vdnId, campaignId);
    if ('rejected' in campaign) return campaign;
    const typeRequired = campaign.retryPolicy?.policyType === 1 || campaign.callPolicy?.callType === 1;
    const records = parseCallDataList(body, version, typeRequired);
    if ('rejected' in records) return records;
    const allowed = campaignTransition(campaign.status as 1, 'addData');
    if (typeof allowed !== 'number') return allowed;
    const now = deps.clock.now();
    for (const record of records) {
      for (const n of record.numbers) {
        if (await deps.numberBlocked(vdnId, n.calledNo, now)) return reject('numberBlacklisted', `The number ${n.calledNo} is in the blacklist.`);
      }
    }
    const key = `${vdnId}:${campaignId}`;
    const last = deps.lastAddAtMs.get(key);
    if (last !== undefined && now - last < addCallDataSpacingMs) return reject('invokedTooSoon', 'The interface is invoked too frequently. Try again later.');
    const incomplete = await deps.repos.isalesCallData.countInStates(vdnId, campaignId, incompleteStates);
    if (incomplete + records.length > incompleteRecordsPerCampaignMax) return reject('tooManyNumbersInCampaign', 'The number of outbound numbers exceeds 200,000.');
    deps.lastAddAtMs.set(key, now);
    const totalSize = await inTransaction(deps.store, async (repos) => {
      await repos.isalesCallData.insertMany(
        records.map((r) => ({
          // CEC §7.4.6 (ref L26990): dataId is a 20-digit string.
          dataId: `1${deps.ids.next()}`,
          vdnId, campaignId,
          sessionId: r.sessionId, caller: r.caller, customField: r.customField, recycleTime: r.recycleTime, recycleAtMs: r.recycleAtMs, callData: r.callData,
          numbers: JSON.stringify(r.numbers),
          state: 'new', numberIndex: 0, attempts: 0,
          // The first number's delayTime holds its first dial back (Table 7-226).
          nextAttemptAtMs: now + (r.numbers[0]?.delayTime ?? 0) * 1000,
          dialHistory: null, preferredWorkNo: null, busiResult: null, subStatus: null, busiResultDesc: null,
          createdAtMs: now, finishedAtMs: null, archived: 0,
        })),
      );
      return repos.isalesCallData.countAll(vdnId, campaignId);
    });
    return { totalSize };
  });
}

function deleteFilter(body: Record<string, unknown>): Omit<CallDataDeleteFilter, 'states'> | IsalesRejection {
  const text = (key: string) => (body[key] === undefined || body[key] === null || body[key] === '' ? undefined : String(body[key]));
  const filter: Omit<CallDataDeleteFilter, 'states'> = {};
  const sessionId = text('sessionId');
  const called = text('called');
  const customField = text('customField');
  const recycleTime = text('recycleTime');
  if (sessionId !== undefined) filter.sessionId = sessionId;
  if (called !== undefined) filter.called = called;
  if (customField !== undefined) filter.customField = customField;
  if (recycleTime !== undefined) {
    const at = parseIsalesDateTime(recycleTime);
    if (at === undefined) return reject('timeFormat', 'The time format is incorrect. Use yyyy-MM-dd HH:mm:ss.');
    // Table 7-232 recycleType: 1 on that day or earlier, 2 on that day, 3 exactly that time (default).
    const type = text('recycleType') ?? '3';
    if (!['1', '2', '3'].includes(type)) return reject('invalidValue', 'recycleType must be 1, 2 or 3');
    const day = startOfDayMs(at);
    if (type === '1') filter.recycleToMs = day + isalesDayMs - 1;
    else if (type === '2') Object.assign(filter, { recycleFromMs: day, recycleToMs: day + isalesDayMs - 1 });
    else Object.assign(filter, { recycleFromMs: at, recycleToMs: at });
  }
  if (Object.keys(filter).length === 0) return reject('empty', 'At least one of sessionId, called, customField and recycleTime is mandatory.');
  return filter;
}

/**
 * 7.4.3 (note 04 §5.13): the filters are ANDed; a running campaign's numbers are not deleted
 * (0200028, ref L26572), nor records being called or complete. Returns `successCount`.
 */
export async function deleteCallData(deps: CampaignServiceDeps, vdnId: number, campaignId: number, body: Record<string, unknown>): Promise<{ successCount: number } | IsalesRejection> {
  const filter = deleteFilter(body);
  if ('rejected' in filter) return filter;
  const archive = String(body.archiveHistory ?? '0') === '1';
  return withCampaignLock(deps, vdnId, campaignId, async () => {
    const campaign = await loadCampaign(deps, vdnId, campaignId);
    if ('rejected' in campaign) return campaign;
    const allowed = campaignTransition(campaign.status as 1, 'deleteData');
    if (typeof allowed !== 'number') return allowed;
    const matching = (await deps.repos.isalesCallData.matching(vdnId, campaignId, filter)).filter((r) => filter.called === undefined || recordNumbers(r).some((n) => n.calledNo === filter.called));
    const deletable = matching.filter((r) => (deletableStates as readonly string[]).includes(r.state));
    if (matching.length > 0 && deletable.length === 0) return reject('numberStateForbidsDelete', 'The outbound numbers cannot be deleted in the current state.');
    await deps.repos.isalesCallData.removeOrArchive(deletable.map((r) => r.dataId), archive);
    return { successCount: deletable.length };
  });
}

/** 7.4.6: the numbers and business attributes of one record (example ref L26983). */
export async function callDataOf(deps: OutboundDeps, vdnId: number, campaignId: number, dataId: string): Promise<Record<string, unknown> | IsalesRejection> {
  const campaign = await loadCampaign(deps, vdnId, campaignId);
  if ('rejected' in campaign) return campaign;
  const row = await deps.repos.isalesCallData.find(vdnId, dataId);
  if (!row || row.campaignId !== campaignId) return reject('campaignNotFound', 'The outbound call data does not exist.');
  // Business attributes are set on the platform's pages or by import, never by this API (note 04 §4.10).
  return { dataId: row.dataId, calledNos: recordNumbers(row).map((n) => ({ calledNo: n.calledNo, type: n.type })), properties: [] };
}
