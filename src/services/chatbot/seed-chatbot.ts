import type { Repositories } from '../../store/index.ts';
import { createBinding } from './bindings.ts';
import { importFlow } from './flows.ts';
import { importNluCorpus, type NluCorpus } from './nlu-corpus.ts';

/** The `chatbot` section of a tenant file (docs/tenant-file.md). */
export interface ChatbotSeed {
  corpus?: object;
  flows?: { flowCode: string; flowName: string; definition: object }[];
  bindings?: { accessCode: string; dialogType: number; flowCode: string; description?: string }[];
}

export interface SeedDeps {
  repos: Repositories;
  now(): number;
  nextId(): string;
}

/**
 * Creates the chatbot of a new tenant from its tenant file: the NLU corpus, the flows (released)
 * and their access-code bindings, with the same rules as the interfaces (a bad flow fails).
 */
export async function seedChatbot(deps: SeedDeps, vdnId: number, chatbot: ChatbotSeed): Promise<void> {
  if (chatbot.corpus) await importNluCorpus(deps.repos, vdnId, chatbot.corpus as NluCorpus, deps.now());
  for (const flow of chatbot.flows ?? []) await importFlow(deps, vdnId, { flowCode: flow.flowCode, flowName: flow.flowName, definition: flow.definition });
  for (const b of chatbot.bindings ?? []) {
    await createBinding(
      { repos: deps.repos, nextAccessId: (id) => deps.repos.idCounters.next(`oiap-access:${id}`, 100001), generateAccessCode: () => deps.nextId().slice(-18) },
      vdnId,
      { accessCode: b.accessCode, dialogType: b.dialogType, flowCode: b.flowCode, description: b.description ?? '', source: 'IVR' },
    );
  }
}
