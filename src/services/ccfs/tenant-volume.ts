/**
 * Files the IVR and third parties address by drive path (`Y:/3rdfile/53/thirdvoicebotfile/x.wav`,
 * `Y:/39/record/20201015/x.wav`, §13.2.1.10–15). The drive letter names the one mounted volume
 * (decision 1313), so a path is its segments after the drive, stored under `volume/…` in the
 * file store. The path rules are the reference's system-parameter defaults.
 */

export { parseVolumePath, volumeName, volumeDrive, type VolumePath } from '../../media/recordings/index.ts';

/** Third-Party Recording Download Path Rule, default (ref L68516). */
export const thirdPartyDownloadRule = '/voice/%VDNNO%/IVRrecordFile;/3rdfile/%VDNNO%/IVRrecordFile;/3rdfile/%VDNNO%/thirdvoicebotfile';
/** Third-Party Upload File Path Rule, default (ref L68622). */
export const thirdPartyUploadRule = '/3rdfile/%VDNNO%/thirdvoicebotfile/';
/** "Directory next to vdnId in IVR message recording files", default (ref L68418). */
export const ivrMessageDirectory = 'record';

/** The folders a rule allows for a VDN, as segment lists (`/3rdfile/%VDNNO%/x` → ['3rdfile', '53', 'x']). */
export function ruleFolders(rule: string, vdnId: number): string[][] {
  return rule
    .split(';')
    .map((folder) => folder.replaceAll('%VDNNO%', String(vdnId)).split('/').filter((s) => s !== ''))
    .filter((folder) => folder.length > 0);
}

/** Whether `segments` lies in (or, with `exact`, is) one of the rule's folders for the VDN. */
export function withinRule(segments: readonly string[], rule: string, vdnId: number, exact = false): boolean {
  return ruleFolders(rule, vdnId).some((folder) => (exact ? segments.length === folder.length : segments.length > folder.length) && folder.every((s, i) => s === segments[i]));
}
