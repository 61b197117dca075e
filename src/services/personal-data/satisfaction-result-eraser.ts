import type { Repositories } from '../../store/index.ts';
import type { PersonalDataEraser } from './personal-data-eraser.ts';

/**
 * Satisfaction survey results (5.4.3) keep the customer's number beside the evaluation; erasure
 * forgets the number and keeps the anonymous evaluation, which statistics still count.
 */
export function satisfactionResultEraser(repos: Repositories): PersonalDataEraser {
  return {
    name: 'satisfaction results',
    erase: (vdnId, numbers) => repos.ivr.erasePersonalData(vdnId, numbers),
  };
}
