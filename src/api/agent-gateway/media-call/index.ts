import type { ApiEndpoint } from '../../define-endpoint.ts';
import { getConnectInfo, imageCapture } from './h5-video.endpoint.ts';
import { sendMessage } from './send-message.endpoint.ts';
import { setCallNumsEndpoint } from './set-call-nums.endpoint.ts';
import { transferMediaCall } from './transfer.endpoint.ts';

/** §6.1.5: the agent side of multimedia sessions (web chat). */
export const mediaCallEndpoints: readonly ApiEndpoint[] = [sendMessage, setCallNumsEndpoint, transferMediaCall, getConnectInfo, imageCapture];
