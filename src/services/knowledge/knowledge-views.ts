import type { KbAttachmentRow, KbNodeRow } from '../../store/index.ts';

/**
 * The wire shapes of chapter 9's replies, from the tables and examples (note 05 §4.1). Detail
 * times are epoch ms (ref L31822); search times are the example's text forms (`modifyTime`
 * yyyyMMddHHmmss, the others yyyy-MM-dd HH:mm:ss, ref L32155–32170), in UTC (decision 0901).
 */

/** Whether agents and bots see a node now: displayed, entries released or updated, within their validity. */
export function isVisible(node: Pick<KbNodeRow, 'coluKngType' | 'displayFlag' | 'kngStatus' | 'validStartMs' | 'validEndMs'>, nowMs: number): boolean {
  if (node.displayFlag !== 1) return false;
  if (node.coluKngType === 1) return true;
  if (node.kngStatus !== 3 && node.kngStatus !== 4) return false;
  if (node.validStartMs !== null && Number(node.validStartMs) > nowMs) return false;
  return node.validEndMs === null || Number(node.validEndMs) >= nowMs;
}

/** serviceStatus, with 5 (expired) once the business validity period has ended. */
function serviceStatus(node: KbNodeRow, nowMs: number): number {
  return node.servicesEndMs !== null && Number(node.servicesEndMs) < nowMs ? 5 : node.serviceStatus;
}

const msOrNull = (value: number | null): number | null => (value === null ? null : Number(value));

function isoParts(ms: number): string {
  return new Date(ms).toISOString();
}

/** `2022-09-16 14:22:34`. */
export function dateTimeText(ms: number | null): string | null {
  if (ms === null) return null;
  const iso = isoParts(Number(ms));
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** `20220916153223`. */
export function compactTimeText(ms: number): string {
  return isoParts(Number(ms)).slice(0, 19).replace(/[-T:]/g, '');
}

export type NodeLink = { coluKngId: string; coluKngName: string; coluKngType: number };

export const linkOf = (node: KbNodeRow): NodeLink => ({ coluKngId: node.coluKngId, coluKngName: node.name, coluKngType: node.coluKngType });

export function attachmentView(a: Omit<KbAttachmentRow, 'content'>, tenantId: string): Record<string, unknown> {
  return {
    adjKey: a.adjKey,
    creationTime: Number(a.createdAtMs),
    orderId: a.orderId,
    versionNum: a.versionNum,
    adjId: a.adjId,
    kngId: a.kngId,
    creatorId: a.creatorId,
    adjName: a.adjName,
    adjClass: a.adjClass,
    adjSize: a.adjSize,
    partdbId: 0,
    tenantId,
    adjType: a.adjType,
  };
}

export interface DetailParts {
  attachments: Array<Omit<KbAttachmentRow, 'content'>>;
  related: KbNodeRow[];
  pre: KbNodeRow | undefined;
  next: KbNodeRow | undefined;
}

/** 9.2.1 `data` (Table 9-8 and the example, ref L31815–31908). */
export function detailView(node: KbNodeRow, parts: DetailParts, tenantId: string, nowMs: number): Record<string, unknown> {
  return {
    relVersionNum: node.releaseTimes,
    coluType: node.coluType,
    code: node.code,
    coluKngType: node.coluKngType,
    creationTime: Number(node.createdAtMs),
    releaseTimes: node.releaseTimes,
    orderId: node.orderId,
    kngStatus: node.kngStatus,
    kngSize: Math.ceil(Buffer.byteLength(node.kngContent) / 1024),
    creatorId: node.creatorId,
    creatorName: node.creatorName,
    modifierId: node.modifierId,
    beyondColuPath: node.beyondColuPath,
    coluKngName: node.name,
    modifyTime: Number(node.modifiedAtMs),
    validEndTime: msOrNull(node.validEndMs),
    summaryInfo: node.summaryInfo,
    serviceStatus: serviceStatus(node, nowMs),
    clickNum: node.clickNum,
    servicesEndTime: msOrNull(node.servicesEndMs),
    keyword: node.keyword,
    coluKngId: node.coluKngId,
    curVersionNum: node.curVersionNum,
    validStartTime: msOrNull(node.validStartMs),
    displayFlag: node.displayFlag,
    kngPath: null,
    superCode: node.superCode,
    beyondColuId: node.beyondColuId,
    servicesStartTime: msOrNull(node.servicesStartMs),
    partdbId: 0,
    tenantId,
    kngContent: node.kngContent,
    pre: parts.pre ? linkOf(parts.pre) : null,
    next: parts.next ? linkOf(parts.next) : null,
    kngFiles: parts.attachments.map((a) => attachmentView(a, tenantId)),
    relaKngs: parts.related.map((r) => ({ ...linkOf(r), serviceStatus: serviceStatus(r, nowMs) })),
  };
}

/** 9.2.2 `datas[]` (Table 9-15, ref L31988–32001). */
export function categoryView(node: KbNodeRow): Record<string, unknown> {
  return {
    coluKngName: node.name,
    code: node.code,
    coluType: node.coluType,
    coluKngType: node.coluKngType,
    superCode: node.superCode,
    id: node.coluKngId,
    beyondColuId: node.beyondColuId,
    beyondColuPath: node.beyondColuPath,
    coluKngId: node.coluKngId,
  };
}

/** 9.2.3 `results[]` (Table 9-20 and the example, ref L32139–32172); `adjs`/`kngAdj` name the attachments. */
export function searchResultView(node: KbNodeRow, attachmentNames: string[], tenantId: string, nowMs: number): Record<string, unknown> {
  const adjs = attachmentNames.length ? attachmentNames.join(',') : null;
  return {
    adjs,
    code: node.code,
    coluKngType: node.coluKngType,
    orderId: node.orderId,
    creatorId: node.creatorId,
    modifierId: node.modifierId,
    creatorName: node.creatorName,
    beyondColuPath: node.beyondColuPath,
    contentInfo: node.contentText,
    coluKngName: node.name,
    modifyTime: compactTimeText(node.modifiedAtMs),
    validEndTime: dateTimeText(node.validEndMs),
    summaryInfo: node.summaryInfo,
    serviceStatus: serviceStatus(node, nowMs),
    clickNum: node.clickNum,
    keyword: node.keyword,
    coluKngId: node.coluKngId,
    curVersionNum: node.curVersionNum,
    validStartTime: dateTimeText(node.validStartMs),
    kngPath: null,
    superCode: node.superCode,
    beyondColuId: node.beyondColuId,
    createTime: dateTimeText(node.createdAtMs),
    kngAdj: adjs,
    tenantId,
  };
}
