import type { ApiEndpoint } from '../define-endpoint.ts';

/** Chapter 5.1: agent accounts (C1). */
export const configAgentEndpoints: readonly ApiEndpoint[] = [];
