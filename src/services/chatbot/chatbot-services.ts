import type { Repositories } from '../../store/index.ts';
import { LocalNlu } from './local-nlu.ts';

/**
 * What the chapter-10 interfaces share inside one server: the local NLU (its models are caches
 * of the stored corpus). The dialog orchestration is added beside it.
 */
export interface ChatbotServices {
  readonly nlu: LocalNlu;
}

export function createChatbotServices(deps: { repos: Repositories }): ChatbotServices {
  return { nlu: new LocalNlu(deps.repos) };
}
