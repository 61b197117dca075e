import type { ApiEndpoint } from '../../define-endpoint.ts';
import { ctiServerTime } from './cti-server-time.endpoint.ts';
import { ctiSysIndexEndpoint } from './cti-sysindex.endpoint.ts';
import { licenseStatus } from './license-status.endpoint.ts';

/** §12.3.6: system indicators of the CC-CMS. */
export const systemIndicatorEndpoints: readonly ApiEndpoint[] = [ctiSysIndexEndpoint, ctiServerTime, licenseStatus];
