import type { ApiEndpoint } from '../define-endpoint.ts';
import { advanceClock, readClock } from './clock.endpoint.ts';
import { hangUpCall, placeCall, pressDigits, readCall } from './calls.endpoint.ts';
import { erlangCalculator } from './erlang.endpoint.ts';
import { leaveChat, openChat } from './chats.endpoint.ts';
import { saySpeech } from './speech.endpoint.ts';
import { readTraffic, startTraffic, stopTraffic } from './traffic.endpoint.ts';
import { readEmails, readSms, setSmsGateway } from './messages.endpoint.ts';

/** The simulator's driver API (`/sim/v1`), registered unless the server runs with --no-sim. */
export const simEndpoints: readonly ApiEndpoint[] = [readClock, advanceClock, placeCall, hangUpCall, pressDigits, saySpeech, readCall, erlangCalculator, openChat, leaveChat, startTraffic, stopTraffic, readTraffic, readSms, readEmails, setSmsGateway];
