import { routeMediaTypeIds } from '../../domain/config/called-route-rules.ts';
import type { Page } from '../../domain/config/paging.ts';
import type { Repositories } from '../../store/index.ts';
import { accessCodeView, calledRouteView } from './route-views.ts';

export type NumberQueryRejection = { tag: 'MediaTypeUnsupported'; mediaTypeId: number } | { tag: 'DeviceTypeUnsupported'; deviceType: number };

type Result<T> = { ok: true; value: T } | { ok: false; rejection: NumberQueryRejection };

/** Blank filters ("", null) read as absent: forms send every field, filled or not. */
const filterText = (value: string | undefined | null): string | undefined => (value?.trim() ? value.trim() : undefined);

function checkMediaType(mediaTypeId: number | undefined | null): NumberQueryRejection | undefined {
  if (mediaTypeId === undefined || mediaTypeId === null) return undefined;
  return (routeMediaTypeIds as readonly number[]).includes(mediaTypeId) ? undefined : { tag: 'MediaTypeUnsupported', mediaTypeId };
}

export interface AccessCodeQuery {
  accessCode?: string | null;
  description?: string | null;
  mediatypeId?: number | null;
}

/**
 * CEC §5.3.1 (ref L5614–5723): the tenant's access codes; accessCode and description are fuzzy
 * (ref L5641, L5643), the media type exact.
 */
export async function queryAccessCodes(repos: Repositories, vdnId: number, query: AccessCodeQuery, page: Page) {
  const rejection = checkMediaType(query.mediatypeId);
  if (rejection) return { ok: false, rejection } satisfies Result<never>;
  const filter = { accessCode: filterText(query.accessCode), description: filterText(query.description), mediaTypeId: query.mediatypeId ?? undefined };
  const [total, rows] = await Promise.all([repos.numbers.countAccessCodes(vdnId, filter), repos.numbers.listAccessCodes(vdnId, { ...filter, ...page })]);
  return { ok: true, value: { total, calledRouteList: rows.map(accessCodeView) } } satisfies Result<unknown>;
}

export interface CalledRouteQuery {
  accessCode?: string | null;
  extCode?: string | null;
  devicetype?: number | null;
  deviceDesc?: string | null;
  mediaTypeId?: number | null;
}

/**
 * CEC §5.3.5 (ref L5993–6138): the tenant's called routes. Only deviceDesc is fuzzy (ref L6023);
 * the access code, extension code, device type and media type match exactly (decision 0203).
 */
export async function queryCalledRoutes(repos: Repositories, vdnId: number, query: CalledRouteQuery, page: Page) {
  const rejection = checkMediaType(query.mediaTypeId);
  if (rejection) return { ok: false, rejection } satisfies Result<never>;
  if (query.devicetype !== undefined && query.devicetype !== null && query.devicetype !== 1 && query.devicetype !== 3) {
    return { ok: false, rejection: { tag: 'DeviceTypeUnsupported', deviceType: query.devicetype } } satisfies Result<never>;
  }
  const filter = {
    accessCode: filterText(query.accessCode),
    extCode: filterText(query.extCode),
    deviceType: query.devicetype ?? undefined,
    deviceDesc: filterText(query.deviceDesc),
    mediaTypeId: query.mediaTypeId ?? undefined,
  };
  const [total, rows] = await Promise.all([repos.numbers.countRoutes(vdnId, filter), repos.numbers.listRoutes(vdnId, { ...filter, ...page })]);
  return { ok: true, value: { total, calledRouteList: rows.map(calledRouteView) } } satisfies Result<unknown>;
}
