import { Type } from '@sinclair/typebox';
import { limits } from '../../app/limits.ts';
import { binaryReply } from '../../http/binary-reply.ts';
import { CecError } from '../../http/cec-error.ts';
import { ccfsEnvelope } from '../../http/envelope/index.ts';
import { linkSigner, signedToken, tokenClaims } from '../../services/ccfs/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { ccfsError, ccfsMessages } from './ccfs-errors.ts';
import { ccfsBodySchema, ccfsField, ccfsMsgBody } from './ccfs-request.ts';
import { ccfsOctetStream } from './download-packages.endpoint.ts';
import { findRecording, recordingReply } from './recording-access.ts';

/**
 * CEC §13.2.1.8 requestPlayVoice (ref L68085): checks the `original_file_name` (backslashes turned
 * to slashes, ref L68139) against the developer's recordings and returns a token for playVoice,
 * valid 30 minutes on the Clock. The token carries its claims (VDN, record, expiry) under the
 * server's signature (decision 1314). Unknown file: 0300029 (the table's code for these two
 * interfaces); another developer's: 0300018.
 */
export const requestPlayVoice = defineEndpoint({
  section: '13.2.1.8',
  name: 'requestPlayVoice',
  summary: 'Requesting to play back a recording file',
  method: 'POST',
  path: '/CCFS/resource/ccfs/requestPlayVoice',
  auth: 'C2',
  envelope: ccfsEnvelope,
  body: ccfsBodySchema,
  response: Type.Object({ resultData: Type.Object({ token: Type.String() }) }),
  errors: ['0300001', '0300002', '0300003', '0300006', '0300007', '0300022', '0300029', '0300018'],
  async handler({ body, auth, services }) {
    const fileName = ccfsField(ccfsMsgBody(body), 'fileName', { required: true, max: 225, charset: /^[A-Za-z0-9:/\\._-]+$/ })!;
    const row = await findRecording(services, auth, fileName.replaceAll('\\', '/'), 'cti').catch((error: unknown) => {
      throw error instanceof CecError && (error.code === '0300012' || error.code === '0300011') ? ccfsError('0300029') : error;
    });
    const claims = { v: row.vdnId, r: row.recordId, e: services.clock.now() + limits.ccfsPlayTokenTtlMs };
    return { resultData: { token: await signedToken(linkSigner(services.files, services.secrets), claims) } };
  },
});

/** The token failure code printed by the example (ref L68280); the 13.2.3.1 table has none for it. */
const tokenEmpty = { code: '010106', message: 'Parameter token is empty.' } as const;

/**
 * CEC §13.2.1.9 playVoice?t=&version=2.0&st= (ref L68213): the recording streamed for a media
 * player, with ranges. No C2 signature: the token is the credential. Failures come, as the section
 * says, with `application/octet-stream;charset=UTF-8` and the CC-FS body: no token 010106, a token
 * that is forged or expired 0300026, a recording gone 0300029, a version other than 2.0 0300006.
 */
export const playVoice = defineEndpoint({
  section: '13.2.1.9',
  name: 'playVoice',
  summary: 'Playing back a recording file',
  method: 'GET',
  path: '/CCFS/resource/ccfs/playVoice',
  binaryReply: [ccfsOctetStream],
  auth: 'none',
  envelope: ccfsEnvelope,
  query: Type.Object({ t: Type.Optional(Type.String()), version: Type.Optional(Type.String()), st: Type.Optional(Type.String({ maxLength: 1024 })) }),
  errors: ['010106', '0300006', '0300026', '0300029'],
  async handler({ query, services, request }) {
    const failure = (code: string, message: string) =>
      binaryReply(Buffer.from(JSON.stringify({ resultData: null, resultCode: code, resultDesc: message })), { 'content-type': ccfsOctetStream });
    if (query.version !== undefined && query.version !== '2.0') return failure('0300006', ccfsMessages['0300006'].replace('{param}', '2.0'));
    if (!query.st) return failure(tokenEmpty.code, tokenEmpty.message);
    const claims = await tokenClaims(linkSigner(services.files, services.secrets), query.st);
    if (!claims || typeof claims.e !== 'number' || claims.e < services.clock.now()) return failure('0300026', ccfsMessages['0300026']);
    const row = await services.repos.ccfsExport.recordingByRecordId(String(claims.r));
    if (!row || row.vdnId !== claims.v) return failure('0300029', ccfsMessages['0300029']);
    return recordingReply(services, request, row, ccfsOctetStream);
  },
});
