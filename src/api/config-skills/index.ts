import type { ApiEndpoint } from '../define-endpoint.ts';

/** Chapter 5.2.1–5.2.4: skill queues (C1). */
export const configSkillEndpoints: readonly ApiEndpoint[] = [];
