import { ccfsEnvelope } from '../../http/envelope/index.ts';
import type { AuthContext } from '../../http/endpoint.ts';
import { packageKey } from '../../services/ccfs/ccfs-packages.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { fileDownload } from '../file-download.ts';
import type { ApiServices } from '../services.ts';
import type { FastifyRequest } from 'fastify';
import { ccfsError } from './ccfs-errors.ts';
import { ccfsBodySchema, ccfsField, ccfsMsgBody } from './ccfs-request.ts';

/** CC-FS downloads answer `Application/Octet-stream;charset=UTF-8` (ref L67545). */
export const ccfsOctetStream = 'Application/Octet-stream;charset=UTF-8';

/**
 * A package by its file name: unknown or not generated yet → 0300011 (decision 1302), another
 * developer's → 0300018, failed → 0300030. Names are `[A-Za-z0-9._-]`, at most 49 (0300022, 0300003).
 */
async function downloadPackage(services: ApiServices, auth: AuthContext, request: FastifyRequest, kind: 'bill' | 'agentOpr', fileName: string) {
  const job = await services.repos.ccfsJobs.byFileName(fileName);
  if (!job || job.kind !== kind) throw ccfsError('0300011');
  if (job.vdnId !== auth.vdnId) throw ccfsError('0300018');
  if (job.status === 'failed') throw ccfsError('0300030');
  if (job.status !== 'ready') throw ccfsError('0300011');
  const key = packageKey(job);
  const file = await services.files.stat(key);
  if (!file) throw ccfsError('0300011');
  return fileDownload(request, { store: services.files, key, file, contentType: ccfsOctetStream, fileName });
}

const nameRule = { required: true, max: 49, charset: /^[A-Za-z0-9._-]+$/ };
const packageErrors = ['0300001', '0300002', '0300003', '0300006', '0300007', '0300011', '0300018', '0300022', '0300030'];

/** CEC §13.2.1.3 downloadBillFile (ref L67476). */
export const downloadBillFile = defineEndpoint({
  section: '13.2.1.3',
  name: 'downloadBillFile',
  summary: 'Downloading CDRs and recording indexes',
  method: 'POST',
  path: '/CCFS/resource/ccfs/downloadBillFile',
  binaryReply: [ccfsOctetStream],
  auth: 'C2',
  envelope: ccfsEnvelope,
  body: ccfsBodySchema,
  errors: packageErrors,
  async handler({ body, auth, services, request }) {
    const fileName = ccfsField(ccfsMsgBody(body), 'billFileName', nameRule)!;
    return downloadPackage(services, auth, request, 'bill', fileName);
  },
});

/** CEC §13.2.1.7 downloadAgentOprInfoFile (ref L67982); the table spells the field `agentOpInfoFileName`. */
export const downloadAgentOprInfoFile = defineEndpoint({
  section: '13.2.1.7',
  name: 'downloadAgentOprInfoFile',
  summary: 'Downloading indexes of agent operation details',
  method: 'POST',
  path: '/CCFS/resource/ccfs/downloadAgentOprInfoFile',
  binaryReply: [ccfsOctetStream],
  auth: 'C2',
  envelope: ccfsEnvelope,
  body: ccfsBodySchema,
  errors: packageErrors,
  async handler({ body, auth, services, request }) {
    const msgBody = ccfsMsgBody(body);
    const field = msgBody.agentOprInfoFileName === undefined && msgBody.agentOpInfoFileName !== undefined ? 'agentOpInfoFileName' : 'agentOprInfoFileName';
    const fileName = ccfsField(msgBody, field, nameRule)!;
    return downloadPackage(services, auth, request, 'agentOpr', fileName);
  },
});
