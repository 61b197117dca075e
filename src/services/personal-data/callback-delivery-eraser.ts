import type { Repositories } from '../../store/index.ts';
import type { PersonalDataEraser } from './personal-data-eraser.ts';
import { redactNumbers } from './redact-numbers.ts';

/**
 * The callback outbox keeps the body of every callback it sent or will send (events, review
 * results). Erasure cuts the numbers out of those bodies, pending ones included: a callback still
 * to be delivered then carries an empty value where the number was, like a record erased before
 * it was read.
 */
export function callbackDeliveryEraser(repos: Repositories): PersonalDataEraser {
  return {
    name: 'callback deliveries',
    async erase(vdnId, numbers) {
      const wanted = new Set(numbers);
      let changed = 0;
      // The outbox repository offers no text search; the tenant's deliveries are scanned once.
      for (const delivery of await repos.callbacks.listByVdn(vdnId)) {
        if (![...wanted].some((n) => delivery.body.includes(n))) continue;
        const body = redactNumbers(delivery.body, wanted);
        if (body === undefined) continue;
        await repos.callbacks.update(delivery.id, { body });
        changed += 1;
      }
      return changed;
    },
  };
}
