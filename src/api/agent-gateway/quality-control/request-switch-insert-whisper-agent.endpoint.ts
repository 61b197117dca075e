import { Type } from '@sinclair/typebox';
import { ownSession, switchMonitor, type MonitorMode } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { optionalWorkNo, qcBase, qcEndpoint, qcErrors } from './qc-endpoint.ts';

/** Table 12-41 switchtype (ref L42544). */
const switchTypes: Record<string, MonitorMode> = { '0': 'listen', '1': 'insert', '2': 'whisper' };

/**
 * CEC §12.1.14 requestswitchinsertwhisperagent?whisperagentid=&switchtype= (ref L42512): the
 * inspector switches among listening (0), inserting (1) and whispering (2). No events (ref L42579).
 * A `switchtype` other than 0, 1 or 2 (it is mandatory) is 000-002.
 */
export const requestSwitchInsertWhisperAgent = qcEndpoint({
  section: '12.1.14',
  name: 'requestSwitchInsertWhisperAgent',
  summary: 'Switching Among Whispering, Listening, and Barging',
  method: 'POST',
  path: `${qcBase}/requestswitchinsertwhisperagent`,
  query: Type.Object({ whisperagentid: Type.Optional(Type.String({ maxLength: 16 })), switchtype: Type.Optional(Type.String({ maxLength: 8 })) }),
  errors: ['000-002', ...qcErrors, '900-004'],
  command: ({ engine, inspectorWorkNo, scope, query }) => {
    const mode = switchTypes[String(query.switchtype ?? '').trim()];
    if (!mode) throw new CecError('000-002', 'The switchtype must be 0 (listen), 1 (insert) or 2 (whisper).');
    const own = ownSession(engine, { inspectorWorkNo, targetWorkNo: optionalWorkNo(query.whisperagentid), scope }, 'QcNoAgentInfo');
    return own.ok ? switchMonitor(engine, own.value.session, mode) : own;
  },
});
