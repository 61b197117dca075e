import { stopMonitor } from '../../../engine/index.ts';
import { optionalWorkNo, qcBase, qcEndpoint, qcErrors } from './qc-endpoint.ts';
import { WhisperQuery } from './request-whisper-agent.endpoint.ts';

/**
 * CEC §12.1.13 requeststopwhisperagent?whisperagentid= (ref L42427): the inspector stops
 * whispering to the agent (or to the agent it monitors). The reference lists no event; the
 * inspector's phone leg is released as on 12.1.4, PhoneRelease → Ready (decision 1202).
 */
export const requestStopWhisperAgent = qcEndpoint({
  section: '12.1.13',
  name: 'requestStopWhisperAgent',
  summary: 'Stopping Whispering',
  method: 'POST',
  path: `${qcBase}/requeststopwhisperagent?whisperagentid={whisperagentid}`,
  query: WhisperQuery,
  errors: [...qcErrors, '900-004'],
  command: ({ engine, inspectorWorkNo, scope, query }) => stopMonitor(engine, { inspectorWorkNo, targetWorkNo: optionalWorkNo(query.whisperagentid), scope }, 'QcNoAgentInfo'),
});
