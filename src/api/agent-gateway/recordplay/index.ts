import type { ApiEndpoint } from '../../define-endpoint.ts';
import { beginNetPlay, beginPlay } from './play.endpoint.ts';
import { backFastPlay, foreFastPlay, pausePlay, resumePlay, stopPlay } from './playback-control.endpoint.ts';
import { startRecordScreen, stopRecordScreen } from './screen-record.endpoint.ts';
import { beginRecord, stopRecord } from './voice-record.endpoint.ts';

/** §13.1.1: playback and recording on the agent's phone (C4). */
export const recordPlayEndpoints: readonly ApiEndpoint[] = [beginPlay, pausePlay, resumePlay, foreFastPlay, backFastPlay, stopPlay, startRecordScreen, stopRecordScreen, beginRecord, stopRecord, beginNetPlay];
