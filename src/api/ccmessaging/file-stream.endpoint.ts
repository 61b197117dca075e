import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { chatFileBytesMax, decodeBase64, isDownloadFileType, isUploadFileType, matchesFileType } from '../../domain/chat/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatCaller, chatEnvelope } from './chat-envelope.ts';
import { readStoredFile } from './chat-file-access.ts';

/** Base64 of the largest file, with room for line breaks. */
const uploadBodyBytesMax = Math.ceil((chatFileBytesMax * 4) / 3) + 64 * 1024;

/**
 * CEC §11.6 uploadFileStream (ref L39760–39844): a customer's Base64 file of a documented type
 * (decoded size ≤ 10 MB, decision 1105), kept in the file store; the reply's `objectKey` goes into a
 * `send` as `"{objectKey},{ext}"`. `{returnCode, objectKey}`: 2 missing parameter, 3 incorrect one.
 */
export const uploadFileStream = defineEndpoint({
  section: '11.6',
  name: 'uploadFileStream',
  summary: 'Uploading a file stream',
  method: 'POST',
  path: '/apiaccess/ccmessaging/uploadFileStream',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({ fileType: Type.Optional(Type.String({ maxLength: 16 })), fileStream: Type.Optional(Type.String()), channel: Type.Optional(Type.String({ maxLength: 16 })) }),
  bodyLimitBytes: uploadBodyBytesMax,
  // A body over the limit holds a file over 10 MB: the documented "incorrect parameter" (decision 1105).
  bodyTooLarge: () => new CecError('3', `The file exceeds ${chatFileBytesMax} bytes.`),
  invalidParameterCode: '3',
  response: Type.Object({ objectKey: Type.String() }),
  errors: ['2', '3', '13'],
  async handler(ctx) {
    const { body, services } = ctx;
    const { vdnId, grant } = await chatCaller(ctx);
    if (!body.fileType || !body.fileStream || !body.channel) throw new CecError('2', 'A mandatory parameter is missing.');
    if (body.channel.toUpperCase() !== 'WEB' || !isUploadFileType(body.fileType)) throw new CecError('3', 'The fileType or channel is incorrect.');
    const bytes = decodeBase64(body.fileStream);
    if (!bytes) throw new CecError('3', 'The fileStream is not Base64.');
    if (bytes.length > chatFileBytesMax) throw new CecError('3', `The file exceeds ${chatFileBytesMax} bytes.`);
    if (!matchesFileType(body.fileType, bytes)) throw new CecError('3', `The file is not of type ${body.fileType}.`);
    const objectKey = services.secrets.hex(16);
    const storeKey = `chat/${vdnId}/${objectKey}`;
    try {
      await services.files.write(storeKey, [bytes]);
    } catch {
      throw new CecError('13', 'Uploading the file failed.');
    }
    await services.repos.chat.insertFile({ objectKey, vdnId, channelId: grant.channelId, userId: grant.userId, fileType: body.fileType.toLowerCase(), sizeBytes: bytes.length, storeKey, createdAtMs: services.clock.now() });
    return { objectKey };
  },
});

/**
 * CEC §11.7 downloadFileStream (ref L39845–39948): a file of the customer's chats as Base64: one it
 * uploaded, or one sent to it in a chat (an agent's local file, `fileId` = `local/{content}`).
 * Files of other customers and tenants are not found. The multimedia library is not kept (gap).
 */
export const downloadFileStream = defineEndpoint({
  section: '11.7',
  name: 'downloadFileStream',
  summary: 'Downloading a file stream',
  method: 'POST',
  path: '/apiaccess/ccmessaging/downloadFileStream',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Object({ fileId: Type.Optional(Type.String({ maxLength: 256 })), channel: Type.Optional(Type.String({ maxLength: 16 })), fileType: Type.Optional(Type.String({ maxLength: 16 })), multiMedia: Type.Optional(Type.String({ maxLength: 32 })) }),
  invalidParameterCode: '13',
  response: Type.Object({ fileStream: Type.String() }),
  errors: ['401', '2', '13'],
  gaps: 'the online chat multimedia library (multiMedia files) is not kept: such ids answer 13',
  async handler(ctx) {
    const { body, services } = ctx;
    const { vdnId, grant } = await chatCaller(ctx);
    if (!body.fileId) throw new CecError('401', 'objectKey is null!');
    if (!body.channel) throw new CecError('2', 'param channelId or userId or tenantId is null.');
    if (!body.fileType || !isDownloadFileType(body.fileType)) throw new CecError('13', 'param filetype Out of range!');
    const bytes = await readStoredFile(services, vdnId, grant, body.fileId);
    if (bytes === null) throw new CecError('13', 'fsservice downloadFile is failed');
    if (bytes.length === 0) throw new CecError('13', 'empty file!');
    return { fileStream: bytes.toString('base64') };
  },
});
