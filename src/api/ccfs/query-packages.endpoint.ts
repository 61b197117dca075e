import { Type } from '@sinclair/typebox';
import { parseCallId } from '../../domain/ids/index.ts';
import { ccfsEnvelope } from '../../http/envelope/index.ts';
import type { AuthContext } from '../../http/endpoint.ts';
import { limits } from '../../app/limits.ts';
import { startPackage, type PackageRequest } from '../../services/ccfs/ccfs-packages.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import type { ApiServices } from '../services.ts';
import { ccfsError } from './ccfs-errors.ts';
import { ccfsBodySchema, ccfsField, ccfsMsgBody, ccfsWindow } from './ccfs-request.ts';

const windowErrors = ['0300001', '0300002', '0300003', '0300004', '0300006', '0300007', '0300013', '0300014', '0300016', '0300026'];
export const packageLimits = { rowsPerFileMax: limits.ccfsCsvRowsPerFileMax, pageRows: limits.ccfsExportPageRows, callbackAttemptsMax: limits.ccfsCallbackAttemptsMax };

/** The checks both package requests share: window, accountId of the developer, agentId, callback URL. */
function common(services: ApiServices, auth: AuthContext, msgBody: Record<string, unknown>) {
  const window = ccfsWindow(msgBody, services.clock.now(), limits.ccfsQueryWindowDaysMax);
  const accountId = ccfsField(msgBody, 'accountId', { max: 20 });
  const vdnId = auth.vdnId!;
  // CEC §13.2.1.2 (ref L67300): "the developer account (appId) must correspond to the enterprise account".
  if (accountId !== undefined && accountId !== String(vdnId)) throw ccfsError('0300026');
  const agentId = ccfsField(msgBody, 'agentId', { max: 20, pattern: /^\d+$/ });
  const callbackUrl = ccfsField(msgBody, 'callbackURL', { required: true, max: 1024, pattern: /^https?:\/\/[^\s]+$/i })!;
  const sentAccount = typeof msgBody.accountId === 'string' ? msgBody.accountId : accountId;
  return { window, accountId: sentAccount, vdnId, agentId, callbackUrl };
}

/** CEC §13.2.1.2 queryBillData (ref L67265): accepted now, the ZIP and its signed callback follow. */
export const queryBillData = defineEndpoint({
  section: '13.2.1.2',
  name: 'queryBillData',
  summary: 'Generating CDRs and recording indexes',
  method: 'POST',
  path: '/CCFS/resource/ccfs/queryBillData',
  auth: 'C2',
  envelope: ccfsEnvelope,
  body: ccfsBodySchema,
  response: Type.Object({ resultData: Type.Object({ responseId: Type.String() }) }),
  errors: windowErrors,
  async handler({ body, auth, services }) {
    const msgBody = ccfsMsgBody(body);
    normaliseCallbackKey(msgBody);
    const { window, accountId, vdnId, agentId, callbackUrl } = common(services, auth, msgBody);
    const callIdText = ccfsField(msgBody, 'callId', { max: 25 });
    const callId = callIdText === undefined ? undefined : parseCallId(callIdText);
    if (callIdText !== undefined && !callId) throw ccfsError('0300004', 'callId');
    const callerNo = ccfsField(msgBody, 'callerNo', { max: 25 });
    // CEC Table 13-55 (ref L67350): with calleeNo2 present, calleeNo holds the calling number.
    const calleeNo2 = ccfsField(msgBody, 'calleeNo2', { max: 25 });
    const calleeNo = ccfsField(msgBody, 'calleeNo', { max: 25 });
    const dataType = ccfsField(msgBody, 'dataType', { required: true, max: 11, pattern: /^(call|record|call_record)$/ }) as PackageRequest['dataType'];
    const filter = { vdnId, ...window, ...(agentId ? { agentId } : {}), ...(callId ? { callId } : {}), ...(callerNo ? { callerNo } : calleeNo2 && calleeNo ? { callerNo: calleeNo } : {}), ...(calleeNo2 ? { calleeNo: calleeNo2 } : calleeNo ? { calleeNo } : {}) };
    const { responseId } = await startPackage(services, packageLimits, { kind: 'bill', dataType, developer: auth.subject, accountId, filter, callbackUrl });
    return { resultData: { responseId } };
  },
});

/** CEC §13.2.1.6 queryAgentOprInfoData (ref L67784): the same flow for agent operation details. */
export const queryAgentOprInfoData = defineEndpoint({
  section: '13.2.1.6',
  name: 'queryAgentOprInfoData',
  summary: 'Generating indexes of agent operation details',
  method: 'POST',
  path: '/CCFS/resource/ccfs/queryAgentOprInfoData',
  auth: 'C2',
  envelope: ccfsEnvelope,
  body: ccfsBodySchema,
  response: Type.Object({ resultData: Type.Object({ responseId: Type.String() }) }),
  errors: windowErrors,
  async handler({ body, auth, services }) {
    const msgBody = ccfsMsgBody(body);
    normaliseCallbackKey(msgBody);
    const { window, accountId, vdnId, agentId, callbackUrl } = common(services, auth, msgBody);
    const filter = { vdnId, ...window, ...(agentId ? { agentId } : {}) };
    const { responseId } = await startPackage(services, packageLimits, { kind: 'agentOpr', dataType: 'agentOprInfo', developer: auth.subject, accountId, filter, callbackUrl });
    return { resultData: { responseId } };
  },
});

/** The example sends `callBackURL` (ref L67431), the table `callbackURL`: msgBody is checked by hand, so fold it here. */
function normaliseCallbackKey(msgBody: Record<string, unknown>): void {
  for (const key of Object.keys(msgBody)) {
    if (key !== 'callbackURL' && key.toLowerCase() === 'callbackurl' && msgBody.callbackURL === undefined) msgBody.callbackURL = msgBody[key];
  }
}
