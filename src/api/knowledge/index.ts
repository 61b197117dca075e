import type { ApiEndpoint } from '../define-endpoint.ts';
import { advancedSearchEndpoints } from './advanced-search.endpoint.ts';
import { knowledgeAttachmentFileEndpoint } from './attachment-file.endpoint.ts';
import { downloadAddressEndpoints } from './download-address.endpoint.ts';
import { importKnowledgeEndpoint } from './import-knowledge.endpoint.ts';
import { queryColumnsEndpoints } from './query-columns.endpoint.ts';
import { queryKngDetailEndpoints } from './query-kng-detail.endpoint.ts';
import { siaTokenEndpoint } from './sia-token.endpoint.ts';

/** CEC chapter 9 (iKBS): the SIA token, the four interfaces in their SIA and AK/SK copies, and the attachment URL and import extensions. */
export const knowledgeEndpoints: readonly ApiEndpoint[] = [
  siaTokenEndpoint,
  ...queryKngDetailEndpoints,
  ...queryColumnsEndpoints,
  ...advancedSearchEndpoints,
  ...downloadAddressEndpoints,
  knowledgeAttachmentFileEndpoint,
  importKnowledgeEndpoint,
];
