export { releaseCauses, type RecordEnumEntry } from './release-causes.ts';
export { agentOperationTypes, callMediaTypes, callTypes, leaveReasons, recordingMediaTypes, subMediaTypes, type AgentOperationType } from './record-enums.ts';
export { ccfsHttpStatuses, describeRecordEnum } from './record-enum-lookup.ts';
