import type { Repositories } from '../../store/index.ts';

/** Our import format for a tenant's NLU corpus (docs/extensions.md "OIAP corpus"). */
export interface NluCorpus {
  domains?: { domainId: number; domainName: string; language: string; active?: boolean }[];
  intents?: { intentId: number; domainId: number; language: string; intentCmd: string; intentName: string; intentDesc?: string; utterances: string[]; responses?: string[]; isDefault?: boolean }[];
  faqGroups?: { name: string; description?: string; language: string; on?: boolean; faqs: { question: string; answer: string; simQuestions?: string[]; simAnswers?: string[]; keywords?: string[] }[] }[];
}

/**
 * Writes domains and intents (replacing same ids) and adds FAQ groups with their Q&As. The
 * caller invalidates the tenant's NLU models afterwards, so they are retrained on next use.
 */
export async function importNluCorpus(repos: Repositories, vdnId: number, corpus: NluCorpus, now: number): Promise<{ groupIds: number[] }> {
  for (const d of corpus.domains ?? []) await repos.oiapConfig.upsertDomain({ vdnId, domainId: d.domainId, domainName: d.domainName, language: d.language, active: d.active === false ? 0 : 1 });
  for (const i of corpus.intents ?? []) {
    await repos.oiapConfig.upsertIntent({
      vdnId,
      intentId: i.intentId,
      domainId: i.domainId,
      language: i.language,
      intentCmd: i.intentCmd,
      intentName: i.intentName,
      intentDesc: i.intentDesc ?? '',
      utterances: JSON.stringify(i.utterances),
      responses: JSON.stringify(i.responses ?? []),
      isDefault: i.isDefault ? 1 : 0,
    });
  }
  const groupIds: number[] = [];
  for (const g of corpus.faqGroups ?? []) {
    const groupId = await repos.idCounters.next(`oiap-faq-group:${vdnId}`, 10000);
    groupIds.push(groupId);
    await repos.oiapFaq.insertGroup({ vdnId, groupId, name: g.name, description: g.description ?? '', language: g.language, enabled: g.on === false ? 0 : 1, updatedAtMs: now });
    for (const f of g.faqs) {
      const faqId = await repos.idCounters.next(`oiap-faq:${vdnId}`, 10000);
      const sims = (list: string[] | undefined) => JSON.stringify((list ?? []).map((statement, index) => ({ id: index + 1, statement })));
      await repos.oiapFaq.insertFaq({ vdnId, faqId, groupId, question: f.question, answer: f.answer, simQuestions: sims(f.simQuestions), simAnswers: sims(f.simAnswers), keywords: JSON.stringify(f.keywords ?? []), updatedAtMs: now });
    }
  }
  return { groupIds };
}
