export { synthesiseSpeech, speechTextLengthMax, type Speech, type SpeechOptions } from './speech.ts';
