import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatTenant } from './chat-envelope.ts';

const url = Type.Optional(Type.String({ maxLength: 2048 }));
const text1000 = Type.Optional(Type.String({ maxLength: 1000 }));

const WhatsApp = Type.Object({
  text: Type.Optional(Type.String({ maxLength: 4096 })),
  imageUrl: url,
  audioUrl: url,
  videoUrl: url,
  locationName: text1000,
  address: text1000,
  longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
  templateName: Type.Optional(Type.String({ maxLength: 512 })),
  templateData: Type.Optional(Type.Array(Type.String({ maxLength: 1024 }), { maxItems: 100 })),
  language: Type.Optional(Type.String({ maxLength: 16 })),
  mediaTemplateData: Type.Optional(Type.Object({}, { additionalProperties: true })),
});

/** The accepted status an MT message answers with (the Infobip OMNI shape the interface copies; decision 1108). */
const accepted = { groupId: 1, groupName: 'PENDING', id: 7, name: 'PENDING_ENROUTE', description: 'Message accepted and stored; delivery outside the platform is not simulated' };

/** URL extensions 11.18 allows per media (ref L40970–40974). */
function mediaUrlOk(value: string | undefined, extensions: string[]): boolean {
  if (value === undefined) return true;
  const path = value.split('?')[0]!.toLowerCase();
  return /^https?:\/\//.test(value) && extensions.some((ext) => path.endsWith(ext));
}

/**
 * CEC §11.18 sendWhatsappMessage (ref L40928–41145): an MT WhatsApp message (text, media,
 * location, template) to each destination. Accepted messages are stored per tenant and phone
 * number for agents to see; delivery to WhatsApp is out of scope (decision 1108).
 */
export const sendWhatsappMessage = defineEndpoint({
  section: '11.18',
  name: 'sendWhatsappMessage',
  summary: 'Sending a WhatsApp message',
  method: 'POST',
  path: '/apiaccess/rest/ccmessaging/omni/1/advanced',
  auth: 'C1',
  envelope: bareEnvelope,
  body: Type.Object({
    scenarioKey: Type.Optional(Type.String({ maxLength: 128 })),
    bulkId: Type.String({ minLength: 1, maxLength: 128 }),
    destinations: Type.Array(Type.Object({ messageId: Type.String({ minLength: 1, maxLength: 128 }), to: Type.Object({ phoneNumber: Type.String({ minLength: 1, maxLength: 32 }) }) }), { minItems: 1, maxItems: 1000 }),
    whatsApp: WhatsApp,
    sendAt: Type.Optional(Type.Union([Type.String({ maxLength: 32 }), Type.Number()])),
  }),
  response: Type.Object({ messages: Type.Array(Type.Object({}, { additionalProperties: true })), bulkId: Type.String() }),
  errors: ['400', '401'],
  gaps: 'delivery to WhatsApp, delivery reports and scheduled sending (sendAt is stored only) are out of scope (decision 1108)',
  async handler({ body, auth, services }) {
    const vdnId = chatTenant(auth);
    const w = body.whatsApp;
    const hasContent = w.text || w.imageUrl || w.audioUrl || w.videoUrl || w.templateName || (w.latitude !== undefined && w.longitude !== undefined);
    if (!hasContent) throw new CecError('400', 'Incorrect request: the whatsApp object carries no message.', { httpStatus: 400 });
    if (!mediaUrlOk(w.imageUrl, ['.jpg', '.jpeg', '.png']) || !mediaUrlOk(w.audioUrl, ['.aac']) || !mediaUrlOk(w.videoUrl, ['.mp4'])) throw new CecError('400', 'Incorrect request: a media URL has an unsupported type.', { httpStatus: 400 });
    const now = services.clock.now();
    const sendAtMs = body.sendAt === undefined ? null : Number.isFinite(Number(body.sendAt)) ? Number(body.sendAt) : Date.parse(String(body.sendAt)) || null;
    const payload = JSON.stringify(w);
    await services.repos.chat.insertOutbound(body.destinations.map((d) => ({ id: services.ids.next(), vdnId, bulkId: body.bulkId, messageId: d.messageId, phoneNumber: d.to.phoneNumber, payload, sendAtMs, status: 'PENDING', createdAtMs: now })));
    return { messages: body.destinations.map((d) => ({ to: { phoneNumber: d.to.phoneNumber }, status: accepted, messageId: d.messageId })), bulkId: body.bulkId };
  },
});
