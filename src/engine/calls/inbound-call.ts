import type { EngineCore } from '../core/index.ts';
import { fail, ok, type Call, type CustomerBehaviour, type Result } from '../core/index.ts';
import { createCall } from './call-factory.ts';
import { enqueue } from '../routing/index.ts';
import { startIvr, startVoiceBot, voiceBotOf } from '../ivr/index.ts';

export interface InboundDial {
  caller: string;
  /** The dialled number: an access code, optionally followed by an extension code. */
  called: string;
  callData?: string;
  priority?: number;
  behaviour?: Partial<CustomerBehaviour>;
}

/**
 * A customer dials the center. The called route whose access code + extension code is the longest
 * prefix of the dialled number decides where the call goes (glossary ref L885: "dial 123451 to
 * directly access skill queue A"): a skill queue or an IVR flow.
 */
export function customerDials(engine: EngineCore, dial: InboundDial): Result<Call> {
  const route = engine.config.routes.find((r) => dial.called.startsWith(r.accessCode + r.extCode));
  if (!route) return fail('NotFound', `no called route matches ${dial.called}`);
  if (route.deviceType === 1 && !engine.config.skills.has(route.deviceId)) return fail('NotFound', `the route of ${dial.called} targets a missing skill`);
  if (route.deviceType === 3 && !engine.config.ivrFlows.has(route.deviceId)) return fail('NotFound', `the route of ${dial.called} targets a missing IVR flow`);
  const call = createCall(engine, {
    feature: 0,
    caller: dial.caller,
    called: dial.called,
    callData: dial.callData,
    mediaType: route.mediaTypeId,
    priority: dial.priority,
    customerNumber: dial.caller,
    behaviour: dial.behaviour,
  });
  const bot = voiceBotOf(engine);
  if (route.deviceType === 1) enqueue(engine, call, route.deviceId);
  // Decision 1014: an access code bound to a voice dialog flow (10.3) runs the flow, not the script.
  else if (bot?.serves(route.accessCode)) startVoiceBot(engine, call, route.deviceId, route.accessCode, bot);
  else startIvr(engine, call, route.deviceId, { survey: false });
  return ok(call);
}
