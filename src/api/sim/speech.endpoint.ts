import { Type } from '@sinclair/typebox';
import { callerSays } from '../../engine/index.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { CallIdParams, liveCall, notFound } from './calls.endpoint.ts';

/**
 * Simulator driver: the customer speaks to a voice bot. The text is what the simulated ASR
 * recognised; the bot hears it as its next turn (10.5.2 flow_result_type 1), at once when it is
 * listening, else after its prompt (decision 1014).
 */
export const saySpeech = defineEndpoint({
  section: 'sim.calls.speech',
  name: 'calls/speech',
  summary: 'The simulated customer says something to a voice bot',
  method: 'POST',
  path: '/sim/v1/calls/{callId}/speech',
  auth: 'sim',
  envelope: bareEnvelope,
  params: CallIdParams,
  // CEC §10.5.2: the dialog's input holds at most 1024 characters.
  body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 1024 }) }),
  response: Type.Object({ callId: Type.String(), accepted: Type.String() }),
  async handler({ params, body, services }) {
    const live = await liveCall(services, params.callId);
    if (!live) throw notFound(`call ${params.callId} is not in progress`);
    live.engine.run(() => callerSays(live.engine, live.call, body.text));
    await services.cti.records.flushed();
    return { callId: params.callId, accepted: body.text };
  },
});
