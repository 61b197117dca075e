import type { ApiEndpoint } from '../../define-endpoint.ts';
import { taskDailyStatistic } from './daily-statistic.endpoint.ts';
import { queryTasks } from './query-tasks.endpoint.ts';
import { taskRealStatistic } from './real-statistic.endpoint.ts';

/** CEC §12.3.5: the CC-iSales tasks and their statistics, read by the CC-CMS. */
export const outboundTaskEndpoints: readonly ApiEndpoint[] = [queryTasks, taskDailyStatistic, taskRealStatistic];
