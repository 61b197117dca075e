export { createVoiceNotificationV1, createVoiceNotificationV2, playListLengthMax, playTimesMax, type VoiceNotificationInput } from './create-voice-notification.ts';
export { queryNotificationRecordings, recordingPageMax, type RecordingQuery } from './notification-recordings.ts';
export { resolvePlayListEntry, resolveVoiceContent, templateSpeech, voiceContentLengthMax, type PlayItem, type PlayListEntry } from './play-items.ts';
