import type { ApiEndpoint } from '../define-endpoint.ts';
import { configLogin } from './config-login.endpoint.ts';
import { getToken } from './get-token.endpoint.ts';
import { tokenByAkSk } from './token-by-ak-sk.endpoint.ts';

/** Chapter 4: the interfaces that issue credentials. */
export const authEndpoints: readonly ApiEndpoint[] = [tokenByAkSk, getToken, configLogin];
