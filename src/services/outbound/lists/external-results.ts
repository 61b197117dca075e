import { duplicatesOf, fail } from '../../../domain/outbound/lists/isales-fields.ts';
import { isObsResultCode } from '../../../domain/outbound/lists/obs-result-codes.ts';
import type { Repositories } from '../../../store/index.ts';
import { shortListId } from './list-ids.ts';

/**
 * The external result code (7.9) a failed or successful attempt's `failCode` maps to in the VDN,
 * for the `resultCode` of result rows (7.5.1) and `noRetryPolicy`; undefined when no external
 * result holds the code (the caller applies its default, note 04 §4.13).
 */
export function externalResultCodeFor(repos: Repositories, vdnId: number, failCode: string): Promise<string | undefined> {
  return repos.isalesExternalResults.resultCodeFor(vdnId, normaliseFailCode(failCode));
}

/** failCodes are 5-digit zero-padded ("0" in some examples means "00000", note 04 §8.4 #35). */
export function normaliseFailCode(failCode: string): string {
  return /^\d{1,5}$/.test(failCode) ? failCode.padStart(5, '0') : failCode;
}

export interface ExternalResultInput {
  displayResult: string;
  obsCodes: readonly string[];
}

/**
 * CEC §7.9.2 createObResult (ref L28982): an external result and the OBS codes it stands for. Each
 * code must be in the 7.9.1 catalogue and may belong to one external result of the VDN only, so
 * that a failCode has one external code (decision 0731). A result code left out is generated.
 */
export async function createExternalResult(repos: Repositories, vdnId: number, resultCode: string | undefined, input: ExternalResultInput, nowMs: number): Promise<string> {
  const code = resultCode ?? `R${String(await shortListId(repos, 'isalesResultCode')).slice(-6)}`;
  if (await repos.isalesExternalResults.byResultCode(vdnId, code)) fail('invalidValue', `The external result code ${code} already exists.`);
  const defId = await shortListId(repos, 'isalesDefId');
  await checkObsCodes(repos, vdnId, defId, input.obsCodes);
  await repos.isalesExternalResults.insert({ defId, vdnId, resultCode: code, displayResult: input.displayResult, createdAtMs: nowMs });
  await mapCodes(repos, vdnId, defId, input.obsCodes);
  return defId;
}

/** CEC §7.9.3 updateObResult (ref L29082): replaces the display text and the mapped OBS codes. */
export async function updateExternalResult(repos: Repositories, vdnId: number, defId: string, input: ExternalResultInput): Promise<void> {
  if (!(await repos.isalesExternalResults.byId(vdnId, defId))) externalResultMissing();
  await checkObsCodes(repos, vdnId, defId, input.obsCodes);
  await repos.isalesExternalResults.update(vdnId, defId, input.displayResult);
  await mapCodes(repos, vdnId, defId, input.obsCodes);
}

export async function deleteExternalResult(repos: Repositories, vdnId: number, defId: string): Promise<void> {
  if ((await repos.isalesExternalResults.remove(vdnId, defId)) === 0) externalResultMissing();
}

/** CEC §7.9.6 (ref L29373) obResult with its resultMapList. */
export async function externalResultDetail(repos: Repositories, vdnId: number, defId: string): Promise<Record<string, unknown>> {
  const row = await repos.isalesExternalResults.byId(vdnId, defId);
  if (!row) externalResultMissing();
  const maps = await repos.isalesExternalResults.mappings(vdnId, defId);
  return {
    defId: row.defId,
    displayResult: row.displayResult,
    vdnId: row.vdnId,
    resultCode: row.resultCode,
    resultMapList: maps.map((m) => ({ mapId: m.mapId, defId: m.defId, failCode: m.failCode, vdnId: m.vdnId })),
  };
}

function externalResultMissing(): never {
  return fail('parameterError', 'The external result does not exist.');
}

async function checkObsCodes(repos: Repositories, vdnId: number, defId: string, codes: readonly string[]): Promise<void> {
  const unknown = codes.filter((c) => !isObsResultCode(c));
  if (unknown.length > 0) fail('invalidValue', `Not OBS result codes (see queryOBSResultCode): ${unknown.join(',')}`);
  const twice = duplicatesOf(codes);
  if (twice.length > 0) fail('invalidValue', `Duplicate OBS result codes: ${twice.join(',')}`);
  const taken = (await repos.isalesExternalResults.mappingsOf(vdnId, codes)).filter((m) => m.defId !== defId);
  if (taken.length > 0) fail('invalidValue', `OBS result codes already mapped to another external result: ${taken.map((m) => m.failCode).join(',')}`);
}

async function mapCodes(repos: Repositories, vdnId: number, defId: string, codes: readonly string[]): Promise<void> {
  const rows = [];
  for (const failCode of codes) rows.push({ mapId: await shortListId(repos, 'isalesMapId'), defId, vdnId, failCode });
  await repos.isalesExternalResults.replaceMappings(vdnId, defId, rows);
}
