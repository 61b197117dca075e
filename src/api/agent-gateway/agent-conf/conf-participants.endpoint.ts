import { Type } from '@sinclair/typebox';
import { batchAddParticipants, batchRemoveParticipants, changeParticipantMode, holdParticipant, shiftChair, unholdParticipant } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply, signedInEngine } from '../agent-context.ts';
import { EmptyResult } from '../gateway-schemas.ts';
import { Address, AddressType, announcement, chairCommand, chairErrors, chairQuery, confBase, ConfAddressBody, PlayMode, VoicePath, confPost } from './conf-command.ts';


/** CEC §6.1.6.6 holdparticipant (Table 6-292): the channel is held with the music file; held already: CTI 21251 in result.errorReason. */
export const holdParticipantEndpoint = defineEndpoint({
  ...confPost,
  section: '6.1.6.6',
  name: 'holdParticipant',
  summary: 'Holding a participant in a conference',
  path: `${confBase}/holdparticipant`,
  body: Type.Object({ addressType: AddressType, address: Address, playMode: PlayMode, voicePath: VoicePath }),
  response: EmptyResult,
  errors: chairErrors,
  async handler({ body, services, request }) {
    return chairCommand(services, request, (engine, conf) => holdParticipant(engine, conf, body.addressType, body.address, body.voicePath));
  },
});

/** CEC §6.1.6.7 unholdparticipant (Table 6-296); not held: CTI 21252. */
export const unholdParticipantEndpoint = defineEndpoint({
  ...confPost,
  section: '6.1.6.7',
  name: 'unholdParticipant',
  summary: 'Unholding a participant in a conference',
  path: `${confBase}/unholdparticipant`,
  body: ConfAddressBody,
  response: EmptyResult,
  errors: chairErrors,
  async handler({ body, services, request }) {
    return chairCommand(services, request, (engine, conf) => unholdParticipant(engine, conf, body.addressType, body.address));
  },
});

/** CEC §6.1.6.9 applytoshiftpresident (Table 6-305): to itself 101-005; to an agent not in the conference CTI 21237. */
export const applyToShiftPresident = defineEndpoint({
  ...confPost,
  section: '6.1.6.9',
  name: 'applyToShiftPresident',
  summary: 'Transferring the chairperson permission',
  path: `${confBase}/applytoshiftpresident`,
  body: Type.Object({ destAgentNo: Type.Integer({ minimum: 1 }) }),
  response: EmptyResult,
  errors: [...chairErrors, '101-005'],
  async handler({ body, services, request }) {
    return chairCommand(services, request, (engine, conf) => shiftChair(engine, conf, body.destAgentNo));
  },
});

/** Table 6-310: one party to invite; device types default to 0. */
const Invitee = Type.Object({
  addressType: AddressType,
  address: Address,
  deviceCallType: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 255 }), Type.Null()])),
  deviceType: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 255 }), Type.Null()])),
});

/**
 * CEC §6.1.6.10 batchaddparticipant (Table 6-309): up to 120 agents and numbers ring; empty list
 * CTI 21228, the chair listed 21221, too few seats 21224 (result.errorReason). `voicePath` is
 * required when `beepTone` is true (000-002); each invitee then hears it when it joins.
 */
export const batchAddParticipant = defineEndpoint({
  ...confPost,
  section: '6.1.6.10',
  name: 'batchAddParticipant',
  summary: 'Inviting participants in batches',
  path: `${confBase}/batchaddparticipant`,
  body: Type.Object({
    addresses: Type.Array(Invitee, { maxItems: 120 }),
    beepTone: Type.Optional(Type.Boolean()),
    playMode: PlayMode,
    voicePath: Type.Optional(Type.String({ maxLength: 127 })),
    caller: Type.Optional(Type.String({ maxLength: 24 })),
  }),
  response: EmptyResult,
  errors: chairErrors,
  async handler({ body, services, request }) {
    if (body.beepTone && !body.voicePath) throw new CecError('000-002', 'voicePath is required when beepTone is true.');
    const invitees = body.addresses.map((a) => ({ addressType: a.addressType, address: a.address, deviceCallType: a.deviceCallType ?? 0, deviceType: a.deviceType ?? 0 }));
    const { engine } = signedInEngine(request);
    // Table 6-309: voicePath only counts with beepTone; the file is resolved as 6.1.6.13 resolves its own.
    const welcome = body.beepTone && body.voicePath ? await announcement(services, engine.vdnId, body.voicePath) : null;
    return commandReply(services, request, (e, workNo) => batchAddParticipants(e, workNo, invitees, body.caller || undefined, welcome));
  },
});

/** CEC §6.1.6.11 batchremoveparticipant (Table 6-314): up to 30; the chair listed 101-006; unknown ones in noExistParticipants. */
export const batchRemoveParticipant = defineEndpoint({
  ...confPost,
  section: '6.1.6.11',
  name: 'batchRemoveParticipant',
  summary: 'Deleting participants in batches',
  path: `${confBase}/batchremoveparticipant`,
  body: Type.Object({ addresses: Type.Array(ConfAddressBody, { maxItems: 30 }) }),
  response: Type.Object({ result: Type.Object({ noExistParticipants: Type.Array(Type.Object({ addressType: Type.String(), address: Type.String() })) }) }),
  errors: [...chairErrors, '101-006'],
  async handler({ body, services, request }) {
    return chairQuery(services, request, (engine, conf) => batchRemoveParticipants(engine, conf.chairWorkNo, body.addresses));
  },
});

/** CEC §6.1.6.12 changeparticipantmode (Table 6-321): attribute 1–4; 1 and 3 are told (ParticipantChanged 3/4). */
export const changeParticipantModeEndpoint = defineEndpoint({
  ...confPost,
  section: '6.1.6.12',
  name: 'changeParticipantMode',
  summary: 'Modifying participant attributes',
  path: `${confBase}/changeparticipantmode`,
  body: Type.Object({ attribute: Type.Integer({ minimum: 1, maximum: 4 }), addressType: AddressType, address: Address }),
  response: EmptyResult,
  errors: chairErrors,
  async handler({ body, services, request }) {
    return chairCommand(services, request, (engine, conf) => changeParticipantMode(engine, conf, body.addressType, body.address, body.attribute));
  },
});
