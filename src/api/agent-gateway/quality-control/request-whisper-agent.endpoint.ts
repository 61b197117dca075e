import { Type } from '@sinclair/typebox';
import { fail, startMonitor } from '../../../engine/index.ts';
import { optionalWorkNo, qcBase, qcEndpoint, qcErrors } from './qc-endpoint.ts';

/** `?whisperagentid=` of 12.1.12–12.1.14 (Table 12-35: optional, "101 to 59999", same VDN). */
export const WhisperQuery = Type.Object({ whisperagentid: Type.Optional(Type.String({ maxLength: 16 })) });

/**
 * CEC §12.1.12 requestwhisperagent?whisperagentid= (ref L42333): an idle inspector whispers to the
 * agent, who hears it while the customer does not (ref L42344). AgentOther_PhoneAlerting →
 * AgentOther_PhoneOffhook → AgentState_Busy; state 17 "whispering". Without `whisperagentid` there
 * is nobody to whisper to: 900-004 (decision 1202).
 */
export const requestWhisperAgent = qcEndpoint({
  section: '12.1.12',
  name: 'requestWhisperAgent',
  summary: 'Requesting for Whispering',
  method: 'POST',
  path: `${qcBase}/requestwhisperagent?whisperagentid={whisperagentid}`,
  query: WhisperQuery,
  errors: [...qcErrors, '900-004'],
  command: ({ engine, inspectorWorkNo, scope, query }) => {
    const targetWorkNo = optionalWorkNo(query.whisperagentid);
    if (targetWorkNo === undefined) return fail('QcNoAgentInfo', 'whisperagentid names no agent');
    return startMonitor(engine, { inspectorWorkNo, targetWorkNo, scope }, 'whisper');
  },
});
