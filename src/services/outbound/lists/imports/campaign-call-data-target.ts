import { campaignTransition, incompleteRecordsPerCampaignMax, incompleteStates, parseIsalesDateTime, type CampaignStatus, type CalledNumber } from '../../../../domain/outbound/index.ts';
import type { ImportedCallData } from '../../../../domain/outbound/lists/import-templates.ts';
import { withCampaignLock, type OutboundDeps } from '../../campaigns/outbound-deps.ts';
import type { CallDataImportTarget, ImportedRecordOutcome } from './call-data-target.ts';

/**
 * The 7.4.8 import written into the outbound campaigns' records (table `isales_call_data`), the
 * rows 7.4.1/7.4.2 write, under the campaign's lock. A record one of whose numbers the campaign
 * already holds is a duplicate (repeatNum, note 04 §5.17); records beyond 200,000 incomplete fail
 * (0200020's rule); a campaign that stopped taking numbers meanwhile fails the rest.
 */
export function campaignCallDataTarget(deps: OutboundDeps): CallDataImportTarget {
  async function accepts(vdnId: number, campaignId: number): Promise<'ok' | 'notFound' | { refused: string }> {
    const row = await deps.repos.isalesCampaigns.find(vdnId, campaignId);
    if (!row || row.archived) return 'notFound';
    const allowed = campaignTransition(row.status as CampaignStatus, 'addData');
    return typeof allowed === 'number' ? 'ok' : { refused: allowed.message };
  }
  return {
    campaignAcceptsImport: (vdnId, campaignId) => accepts(vdnId, Number(campaignId)),
    async beginImport(vdnId, campaignIdText) {
      const campaignId = Number(campaignIdText);
      const known = new Set<string>();
      for (const list of await deps.repos.isalesImports.campaignNumberLists(vdnId, campaignId)) {
        for (const n of JSON.parse(list) as CalledNumber[]) known.add(n.calledNo);
      }
      return {
        add: (records, nowMs) =>
          withCampaignLock(deps, vdnId, campaignId, async () => {
            const state = await accepts(vdnId, campaignId);
            if (state !== 'ok') return records.map(() => ({ kind: 'failed', reason: state === 'notFound' ? 'The outbound campaign does not exist.' : state.refused }));
            let room = incompleteRecordsPerCampaignMax - (await deps.repos.isalesCallData.countInStates(vdnId, campaignId, incompleteStates));
            const outcomes: ImportedRecordOutcome[] = [];
            const rows = [];
            for (const record of records) {
              if (record.called.some((n) => known.has(n.calledNo))) {
                outcomes.push({ kind: 'duplicate' });
              } else if (room <= 0) {
                outcomes.push({ kind: 'failed', reason: 'The number of outbound numbers exceeds 200,000.' });
              } else {
                for (const n of record.called) known.add(n.calledNo);
                room -= 1;
                rows.push(callDataRow(deps, vdnId, campaignId, record, nowMs));
                outcomes.push({ kind: 'added' });
              }
            }
            await deps.repos.isalesCallData.insertMany(rows);
            return outcomes;
          }),
      };
    },
  };
}

/** A new record as 7.4.2 stores one: state new, its first number due after its delayTime (Table 7-226). */
function callDataRow(deps: OutboundDeps, vdnId: number, campaignId: number, record: ImportedCallData, nowMs: number) {
  const numbers: CalledNumber[] = record.called.map((n) => ({ calledNo: n.calledNo, delayTime: Number(n.delayTime), type: n.type ?? null }));
  const recycleAtMs = record.recycleTime === undefined ? null : (parseIsalesDateTime(record.recycleTime) ?? null);
  return {
    // CEC §7.4.6 (ref L26990): dataId is a 20-digit string.
    dataId: `1${deps.ids.next()}`,
    vdnId, campaignId,
    sessionId: record.sessionId ?? null, caller: record.caller ?? null, customField: record.customField ?? null, recycleTime: record.recycleTime ?? null, recycleAtMs, callData: record.callData ?? null,
    numbers: JSON.stringify(numbers),
    state: 'new', numberIndex: 0, attempts: 0,
    nextAttemptAtMs: nowMs + (numbers[0]?.delayTime ?? 0) * 1000,
    dialHistory: null, preferredWorkNo: null, busiResult: null, subStatus: null, busiResultDesc: null,
    createdAtMs: nowMs, finishedAtMs: null, archived: 0,
  };
}
