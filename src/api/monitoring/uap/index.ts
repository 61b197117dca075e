import type { ApiEndpoint } from '../../define-endpoint.ts';
import { dspPidKey } from './dsp-pid-key.endpoint.ts';
import { perfIndex } from './perf-index.endpoint.ts';
import { queryTerminalStatus } from './query-terminal-status.endpoint.ts';
import { queryUapPerfInfo } from './query-uap-perf-info.endpoint.ts';
import { terminalIndex } from './terminal-index.endpoint.ts';

/** §12.3.6.1–.5: the UAP (media gateway) indicators, from the simulated network's counters. */
export const uapEndpoints: readonly ApiEndpoint[] = [queryUapPerfInfo, dspPidKey, queryTerminalStatus, perfIndex, terminalIndex];
