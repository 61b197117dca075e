import type { ApiEndpoint } from '../define-endpoint.ts';
import { createCalledRoute } from './create-called-route.endpoint.ts';
import { deleteCalledRoute } from './delete-called-route.endpoint.ts';
import { getPhoneNoRegionInfo } from './get-phone-no-region-info.endpoint.ts';
import { modifyCalledRoute } from './modify-called-route.endpoint.ts';
import { queryAccessCodeList } from './query-access-code-list.endpoint.ts';
import { queryCalledRoute } from './query-called-route.endpoint.ts';

/** Chapter 5.3: access codes, called routes, number regions (C1). */
export const configNumberEndpoints: readonly ApiEndpoint[] = [queryAccessCodeList, createCalledRoute, deleteCalledRoute, modifyCalledRoute, queryCalledRoute, getPhoneNoRegionInfo];
