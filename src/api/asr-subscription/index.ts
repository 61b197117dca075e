import type { ApiEndpoint } from '../define-endpoint.ts';
import { subscribeHandshake, subscribeHandshakeEx, subscribeModify, subscribeRegister, subscribeUnregister } from './subscription.endpoint.ts';

/** §6.3: voice-recognition result subscriptions (C5). */
export const asrSubscriptionEndpoints: readonly ApiEndpoint[] = [subscribeRegister, subscribeModify, subscribeUnregister, subscribeHandshake, subscribeHandshakeEx];
