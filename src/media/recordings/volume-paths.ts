/**
 * Drive paths of the tenant volume (decision 1313): `{drive}:/a/b/c` names the file stored under
 * `volume/a/b/c`, whatever the drive letter, since one volume is mounted.
 */

/** A drive path, read: its segments after the drive letter and its store key. */
export interface VolumePath {
  readonly drive: string;
  readonly segments: readonly string[];
  readonly key: string;
}

/** The mapped drive of generated names (MAPPINGDISK default, ref L66456). */
export const volumeDrive = 'Y';

const segmentPattern = /^[A-Za-z0-9_.%-]{1,128}$/;

/**
 * Reads `{drive}:/a/b/c` (either slash; `y;` as the reference misprints it, ref L66780). `invalid`
 * when it is not a drive path; `noncanonical` when a segment is `.` or `..` or empty (0300024).
 */
export function parseVolumePath(text: string): VolumePath | 'invalid' | 'noncanonical' {
  const m = /^([A-Za-z])[:;]([\\/].*)$/.exec(text.trim());
  if (!m) return 'invalid';
  const raw = m[2]!.split(/[\\/]/).slice(1);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  if (raw.length === 0) return 'invalid';
  if (raw.some((s) => s === '' || s === '.' || s === '..')) return 'noncanonical';
  if (!raw.every((s) => segmentPattern.test(s))) return 'invalid';
  return { drive: m[1]!.toUpperCase(), segments: raw, key: `volume/${raw.join('/')}` };
}

/** The path as we print it: the drive, a colon and forward slashes. */
export function volumeName(path: Pick<VolumePath, 'segments'>): string {
  return `${volumeDrive}:/${path.segments.join('/')}`;
}
