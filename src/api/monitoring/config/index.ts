import type { ApiEndpoint } from '../../define-endpoint.ts';
import { calledConfigs } from './called-configs.endpoint.ts';
import { queryTenantDetail } from './query-tenant-detail.endpoint.ts';
import { queryTenants } from './query-tenants.endpoint.ts';
import { queryVdnAgents } from './query-vdn-agents.endpoint.ts';
import { queryVdns } from './query-vdns.endpoint.ts';
import { querySkillGroups } from './skill-groups.endpoint.ts';

/** §12.3.3: configuration views of the CC-CMS. */
export const cmsConfigEndpoints: readonly ApiEndpoint[] = [queryVdns, queryVdnAgents, calledConfigs, queryTenantDetail, querySkillGroups, queryTenants];
