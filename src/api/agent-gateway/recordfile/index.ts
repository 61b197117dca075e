import type { ApiEndpoint } from '../../define-endpoint.ts';
import { downloadRecordFileGateway, recordFileDownloadEx } from './record-file.endpoint.ts';
import { downloadVideoFile, downloadVideoFileEx } from './video-file.endpoint.ts';

/** §13.1.2 and §13.1.3: recording and video downloads through the gateway (C4). */
export const recordFileEndpoints: readonly ApiEndpoint[] = [downloadRecordFileGateway, recordFileDownloadEx, downloadVideoFile, downloadVideoFileEx];
