import { Type } from '@sinclair/typebox';
import { playToConference, playToParticipant, stopConferenceVoice, stopParticipantVoice } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { EmptyResult } from '../gateway-schemas.ts';
import { Address, AddressType, announcement, chairCommand, chairErrors, confBase, ConfAddressBody, PlayMode, VoicePath, confPost } from './conf-command.ts';

/** Tables 6-330 / 6-335: a failure carries the CTI cause as `result.errorReason`; success the reserved `result: {}`. */
const MaybeErrorReason = Type.Object({ result: Type.Object({ errorReason: Type.Optional(Type.Integer()) }) });

/** CEC §6.1.6.13 playvoicetoconf (Table 6-325): plays to the whole conference, in the foreground or (playType 1) under the talk; AgentConf_StopVoice at its end; playing already: CTI 21247. */
export const playVoiceToConf = defineEndpoint({
  ...confPost,
  section: '6.1.6.13',
  name: 'playVoiceToConf',
  summary: 'Playing an announcement in an agent conference',
  path: `${confBase}/playvoicetoconf`,
  body: Type.Object({ playType: Type.Optional(Type.Union([Type.Literal(0), Type.Literal(1)])), playMode: PlayMode, voicePath: VoicePath }),
  response: EmptyResult,
  errors: chairErrors,
  async handler({ body, services, request }) {
    const { engine } = signedInEngine(request);
    const announce = await announcement(services, engine.vdnId, body.voicePath);
    return chairCommand(services, request, (e, conf) => playToConference(e, conf, announce, body.playType ?? 0));
  },
});

/** CEC §6.1.6.14 stopvoicetoconf: stops it (no event); nothing playing: CTI 21248 as result.errorReason. */
export const stopVoiceToConf = defineEndpoint({
  ...confPost,
  section: '6.1.6.14',
  name: 'stopVoiceToConf',
  summary: 'Stopping conference announcement playing',
  path: `${confBase}/stopvoicetoconf`,
  response: MaybeErrorReason,
  errors: chairErrors,
  async handler({ services, request }) {
    return chairCommand(services, request, (e, conf) => stopConferenceVoice(e, conf));
  },
});

/** CEC §6.1.6.15 playvoicetoparticipant (Table 6-333): plays to one channel; AgentConf_StopParticipantVoice at its end; playing there: CTI 21249. */
export const playVoiceToParticipant = defineEndpoint({
  ...confPost,
  section: '6.1.6.15',
  name: 'playVoiceToParticipant',
  summary: 'Playing an announcement in an agent conference channel',
  path: `${confBase}/playvoicetoparticipant`,
  body: Type.Object({ addressType: AddressType, address: Address, playMode: PlayMode, voicePath: VoicePath }),
  response: MaybeErrorReason,
  errors: chairErrors,
  async handler({ body, services, request }) {
    const { engine } = signedInEngine(request);
    const announce = await announcement(services, engine.vdnId, body.voicePath);
    return chairCommand(services, request, (e, conf) => playToParticipant(e, conf, body.addressType, body.address, announce));
  },
});

/** CEC §6.1.6.16 stopvoicetoparticipant (Table 6-338): stops it (no event); nothing playing there: CTI 21250. */
export const stopVoiceToParticipant = defineEndpoint({
  ...confPost,
  section: '6.1.6.16',
  name: 'stopVoiceToParticipant',
  summary: 'Stopping announcement playing in an agent conference channel',
  path: `${confBase}/stopvoicetoparticipant`,
  body: ConfAddressBody,
  response: MaybeErrorReason,
  errors: chairErrors,
  async handler({ body, services, request }) {
    return chairCommand(services, request, (e, conf) => stopParticipantVoice(e, conf, body.addressType, body.address));
  },
});
