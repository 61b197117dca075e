import type { Repositories } from '../../store/index.ts';
import type { Clock } from '../../domain/time/index.ts';
import { LocalNlu } from './local-nlu.ts';
import { DialogService } from './dialog-service.ts';
import { fetchChatbotHttp, type ChatbotHttp } from './ports.ts';
import { fetchRobotTransport, RobotConnector, type RobotTransport } from './robot-connector.ts';

/**
 * What the chapter-10 interfaces share inside one server: the local NLU (its models are caches of
 * the stored corpus) and the dialog service, also the plug-in point for the IVR and chat.
 */
export interface ChatbotServices {
  readonly nlu: LocalNlu;
  readonly dialog: DialogService;
}

export interface ChatbotDeps {
  repos: Repositories;
  clock: Clock;
  nextId(): string;
  locks: { run<T>(key: string, work: () => Promise<T>): Promise<T> };
  http?: ChatbotHttp;
  robotTransport?: RobotTransport;
}

export function createChatbotServices(deps: ChatbotDeps): ChatbotServices {
  const nlu = new LocalNlu(deps.repos);
  const dialog = new DialogService({ repos: deps.repos, now: () => deps.clock.now(), nlu, http: deps.http ?? fetchChatbotHttp, locks: deps.locks, nextId: deps.nextId, robot: new RobotConnector({ transport: deps.robotTransport ?? fetchRobotTransport, now: () => deps.clock.now() }) });
  return { nlu, dialog };
}
