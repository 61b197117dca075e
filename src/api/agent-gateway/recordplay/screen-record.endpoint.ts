import { startScreenRecording, stopScreenRecording } from '../../../engine/index.ts';
import { phoneCommandEndpoint } from './phone-command.ts';

/**
 * CEC §13.1.1.7 startrecordscreen (ref L66235): AgentMediaEvent_StartRecordScreen_Succ and an index
 * entry (no video file: the network is voice-only, decisions 0412 and 1311); already recording:
 * AgentMediaEvent_StartRecordScreen_Fail.
 */
export const startRecordScreen = phoneCommandEndpoint({
  section: '13.1.1.7',
  name: 'startRecordScreen',
  summary: 'Starting screen recording',
  method: 'PUT',
  segment: 'startrecordscreen',
  gaps: 'No screen video is captured: the recording is an index entry only (decision 1311).',
  command: startScreenRecording,
});

/** CEC §13.1.1.8 stoprecordscreen (ref L66320): AgentMediaEvent_StopRecordScreen_Succ, or _Fail when not recording. */
export const stopRecordScreen = phoneCommandEndpoint({ section: '13.1.1.8', name: 'stopRecordScreen', summary: 'Stopping screen recording', method: 'DELETE', segment: 'stoprecordscreen', command: stopScreenRecording });
