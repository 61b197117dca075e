import { callMediaTypes } from '../records/index.ts';

/**
 * Media type names of Table 12-695 (§12.3.8.4, ref L64631–L64669), which is the same list as the
 * CDR media types of §13.2.3.8: one table serves both. Most interfaces carry the ID; a few carry
 * the name (12.3.1.2.7, 12.3.1.4.2: `"mediaType":"MEDIA_TYPE_PHONE"`). `CLASSIC_MEDIA_TYPE_NUM`
 * (23) counts the classic types and names no media.
 */
const mediaTypeNames: ReadonlyMap<number, string> = new Map(
  callMediaTypes.filter((entry) => entry.name !== undefined && entry.name !== 'CLASSIC_MEDIA_TYPE_NUM').map((entry) => [entry.code, entry.name!]),
);

/** The Table 12-695 name of a media type ID; an ID the table lacks is given as its number. */
export function mediaTypeName(id: number): string {
  return mediaTypeNames.get(id) ?? String(id);
}
