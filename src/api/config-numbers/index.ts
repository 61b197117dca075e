import type { ApiEndpoint } from '../define-endpoint.ts';

/** Chapter 5.3: access codes, called routes, number regions (C1). */
export const configNumberEndpoints: readonly ApiEndpoint[] = [];
