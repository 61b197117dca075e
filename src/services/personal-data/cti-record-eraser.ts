import type { Repositories } from '../../store/index.ts';
import type { PersonalDataEraser } from './personal-data-eraser.ts';

/**
 * CDRs (13.2.2.1) and the recording index (13.2.2.2) keep the calling and called numbers of every
 * call: erasure blanks them, keeping the rest of the record for statistics.
 */
export function ctiRecordEraser(repos: Repositories): PersonalDataEraser {
  return {
    name: 'call records and recording index',
    erase: (vdnId, numbers) => repos.ctiRecords.erasePersonalData(vdnId, numbers),
  };
}
