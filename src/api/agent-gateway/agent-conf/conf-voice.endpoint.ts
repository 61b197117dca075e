import { Type } from '@sinclair/typebox';
import { playToConference, playToParticipant, stopConferenceVoice, stopParticipantVoice } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { EmptyResult } from '../gateway-schemas.ts';
import { playSource } from '../recordplay/play-source.ts';
import { Address, AddressType, chairCommand, chairErrors, confBase, ConfAddressBody, PlayMode, VoicePath, confPost } from './conf-command.ts';

/** Tables 6-330 / 6-335: a failure carries the CTI cause as `result.errorReason`; success the reserved `result: {}`. */
const MaybeErrorReason = Type.Object({ result: Type.Object({ errorReason: Type.Optional(Type.Integer()) }) });

/**
 * What an announcement is: the file's real length (decision 0463), read as 13.1.1 play reads it
 * (an approved voice file of the tenant, or one of its recordings); another VDN's file or an
 * unknown path cannot play.
 */
async function announcement(services: Parameters<typeof playSource>[0], vdnId: number, voicePath: string) {
  const { durationMs } = await playSource(services, vdnId, voicePath);
  return { voicePath, durationMs };
}

/** CEC §6.1.6.13 playvoicetoconf (Table 6-325): plays to the whole conference; AgentConf_StopVoice at its end; playing already: CTI 21247. */
export const playVoiceToConf = defineEndpoint({
  ...confPost,
  section: '6.1.6.13',
  name: 'playVoiceToConf',
  summary: 'Playing an announcement in an agent conference',
  path: `${confBase}/playvoicetoconf`,
  body: Type.Object({ playType: Type.Optional(Type.Union([Type.Literal(0), Type.Literal(1)])), playMode: PlayMode, voicePath: VoicePath }),
  response: EmptyResult,
  errors: chairErrors,
  gaps: 'playType 1 (background announcement) plays as the foreground one: the simulated conference has one announcement channel.',
  async handler({ body, services, request }) {
    const { engine } = signedInEngine(request);
    const announce = await announcement(services, engine.vdnId, body.voicePath);
    return chairCommand(services, request, (e, conf) => playToConference(e, conf, announce));
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
