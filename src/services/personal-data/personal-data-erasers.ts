import type { Repositories } from '../../store/index.ts';
import { callbackDeliveryEraser } from './callback-delivery-eraser.ts';
import { ctiRecordEraser } from './cti-record-eraser.ts';
import type { PersonalDataEraser } from './personal-data-eraser.ts';
import { satisfactionResultEraser } from './satisfaction-result-eraser.ts';

/**
 * The registry of stores that keep customer numbers, for 5.1.13 (decision 0107). Each entry
 * builds an eraser over repositories bound to the erasure's transaction.
 *
 * A store added later that keeps customer numbers (CDRs and their call parties, recording
 * indexes, chat histories, outbound-campaign data, contact records) registers here: write a
 * `<store>-eraser.ts` beside this file exporting `(repos: Repositories) => PersonalDataEraser`
 * whose `erase` removes or blanks the numbers in that tenant's rows (and deletes files such as
 * recordings only after the transaction commits), add it to this list, and extend the erasure
 * test in personal-data-erasure.test.ts with a record of that store. Agent accounts are not listed:
 * their phone numbers belong to employees, not customers (decision 0107).
 */
export const personalDataEraserFactories: ReadonlyArray<(repos: Repositories) => PersonalDataEraser> = [satisfactionResultEraser, callbackDeliveryEraser, ctiRecordEraser];

export function personalDataErasers(repos: Repositories): PersonalDataEraser[] {
  return personalDataEraserFactories.map((factory) => factory(repos));
}
