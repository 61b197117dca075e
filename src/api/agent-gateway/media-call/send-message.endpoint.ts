import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { agentSendsMessage, fail, type AgentChatData, type Result } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/** Channels of the `data` JSON (ref L13868). */
export const chatChannels = new Set(['WEB', 'WECHAT', 'TWITTER', 'FACEBOOK', '5G', 'EMAIL', 'VOICE', 'LINE', 'WHATSAPP', 'SMS', 'INSTAGRAM', 'TELEGRAM']);
/** 106-007: "The message content length exceeds the upper limit (2048 bytes)" (ref L21331). */
const dataBytesMax = 2048;

/** The `data` string as the desktop sends it, or the rejection its problem names. */
function parseData(raw: unknown): Result<AgentChatData> {
  if (raw === undefined || raw === null || raw === '') return fail('ChatMessageEmpty', 'data is empty');
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  if (Buffer.byteLength(text, 'utf8') > dataBytesMax) return fail('ChatMessageTooLong', `data is ${Buffer.byteLength(text, 'utf8')} bytes`);
  let data: Record<string, unknown>;
  try {
    data = typeof raw === 'string' ? JSON.parse(raw) : (raw as Record<string, unknown>);
  } catch {
    return fail('ChatParameterEmpty', 'data is not a JSON object');
  }
  if (!data || typeof data !== 'object' || typeof data.content !== 'string' || data.content === '') return fail('ChatMessageEmpty', 'data.content is empty');
  if (typeof data.mediaType !== 'string' || data.mediaType === '') return fail('ChatParameterEmpty', 'data.mediaType is empty');
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const sendTime = Number(data.sendTime);
  return {
    ok: true,
    value: {
      mediaType: data.mediaType,
      content: data.content,
      messageCode: str(data.messageCode),
      mediaFileType: str(data.mediaFileType),
      contentType: str(data.contentType),
      senderNickname: str(data.senderNickname),
      senderAvatar: str(data.senderAvatar),
      controlType: str(data.controlType),
      ...(Number.isFinite(sendTime) && data.sendTime !== undefined && data.sendTime !== '' ? { sendTime } : {}),
    },
  };
}

/**
 * CEC §6.1.5.1 sendmessage (ref L13817–13935): the agent's message to the customer of one of its
 * chats; the customer's 11.3 poll returns exactly it (sourceType AGENT). No event is triggered.
 */
export const sendMessage = defineEndpoint({
  section: '6.1.5.1',
  name: 'sendmessage',
  summary: 'Sending a multimedia message',
  method: 'POST',
  path: '/agentgateway/resource/mediacall/{agentid}/sendmessage',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({
    callid: Type.Optional(Type.String({ maxLength: 64 })),
    userid: Type.Optional(Type.String({ maxLength: 64 })),
    data: Type.Optional(Type.Union([Type.String({ maxLength: 65_536 }), Type.Object({}, { additionalProperties: true })])),
    content: Type.Optional(Type.String({ maxLength: 65_536 })),
  }),
  response: Type.Object({}),
  errors: ['100-006', '106-013', '106-002', '106-007', '106-011', '106-014', '106-001'],
  gaps: '106-001 (multimedia disabled) is not reachable: every tenant has multimedia on',
  async handler({ body, services, request }) {
    const { engine, workNo } = signedInEngine(request);
    await runCommand(services, engine, () => {
      if (!body.callid) return fail('ChatCallIdEmpty', 'callid is empty');
      const data = parseData(body.data);
      if (!data.ok) return data;
      return agentSendsMessage(engine, workNo, body.callid, data.value);
    });
    return { message: 'success' };
  },
});
