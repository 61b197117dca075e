export { LocalRecordingStore, isSafeStoreKey, StoreKeyError, type ByteRange, type RecordingStore, type StoredFile } from './recording-store.ts';
export { RecordingFiles, audioKey, transcriptKey, type FinishedRecording, type RecordingSegment, type RecordingFilesOptions, type RecordingTranscript, type VoiceMessageFile } from './recording-files.ts';
export { genericDialogue, planDialogue, pickScript, recordingSeed, type DialogueLine, type DialogueScript, type Speaker, type Utterance } from './dialogue-script.ts';
export { ctiRecordingName, ccfsRecordingName, ccfsNodeId, ccfsCallCenterId, originalRecordingName, parseCcfsRecordingPath, parseCtiRecordingPath, recordingStoreKey, type RecordingPathParts } from './recording-paths.ts';
export { recordingChannels, recordingSampleRate, recordingSizeBytes, synthesiseRecording } from './recording-synth.ts';
export { storedWavDurationMs, wavHeaderDurationMs, wavHeaderBytesMax } from './wav-duration.ts';
export { parseVolumePath, volumeName, volumeDrive, type VolumePath } from './volume-paths.ts';
