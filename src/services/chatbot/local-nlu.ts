import { FaqIndex, IntentClassifier, type FaqHit, type NluResult } from '../../domain/chatbot/index.ts';
import type { Repositories } from '../../store/index.ts';
import type { OiapFaqGroupRow, OiapFaqRow } from '../../store/repositories/oiap-faq.repository.ts';
import type { OiapIntentRow } from '../../store/repositories/oiap-config.repository.ts';

/** Minimum intent confidence (0..1) for a recognition (note 05 §8.3.4 item 4; decision 1004). */
export const intentMinConfidence = 0.45;
/** Minimum FAQ match quality: the query's BM25 over the matched statement's own (decision 1004). */
export const faqMinQuality = 0.35;

/** An FAQ hit with what the interfaces report of it (FaqAnswer, Table 10-70). */
export interface FaqMatch extends FaqHit {
  groupName: string;
  question: string;
  answers: string[];
  /** 0..1: how much of the matched statement the sentence covers. */
  quality: number;
  simQuestion: string | null;
}

export interface IntentMatch {
  intent: OiapIntentRow;
  confidence: number;
}

interface TenantModel {
  faqIndex: FaqIndex;
  faqs: Map<number, OiapFaqRow>;
  groups: Map<number, OiapFaqGroupRow>;
  intents: OiapIntentRow[];
  classifiers: Map<string, IntentClassifier>;
}

/**
 * The local NLU of one server (issue 13 item 3): per tenant, a BM25 index of every Q&A and one
 * TF-IDF intent model per language, built from the stored corpus on first use and rebuilt after
 * any change to it (`invalidate`, called by every FAQ and intent write). Deterministic for a corpus.
 */
export class LocalNlu {
  private readonly models = new Map<number, Promise<TenantModel>>();

  /** Told of every invalidation made here (cluster mode: other nodes forget their model too, decision 1711). */
  invalidated: ((vdnId: number) => void) | undefined;

  constructor(private readonly repos: Repositories) {}

  invalidate(vdnId: number): void {
    this.forget(vdnId);
    this.invalidated?.(vdnId);
  }

  /** Drops this server's model of the tenant only (another node changed the corpus). */
  forget(vdnId: number): void {
    this.models.delete(vdnId);
  }

  /** FAQ matches of `sentence` within `groupIds`, best first. */
  async matchFaq(vdnId: number, sentence: string, groupIds: readonly number[], limit = 6): Promise<FaqMatch[]> {
    const model = await this.model(vdnId);
    const groups = new Set(groupIds);
    const hits = model.faqIndex.search(sentence, { groups, limit });
    return hits.map((hit) => {
      const faq = model.faqs.get(hit.faqId)!;
      const own = model.faqIndex.search(hit.matched, { groups: new Set([hit.groupId]), limit: 50 }).find((h) => h.faqId === hit.faqId)?.score ?? hit.score;
      const simAnswers = (JSON.parse(faq.simAnswers) as { statement: string }[]).map((s) => s.statement);
      return {
        ...hit,
        groupName: model.groups.get(hit.groupId)?.name ?? '',
        question: faq.question,
        answers: [faq.answer, ...simAnswers],
        quality: Math.min(1, own > 0 ? hit.score / own : 0),
        simQuestion: hit.matched === faq.question ? null : hit.matched,
      };
    });
  }

  /** Activated FAQ groups of a language (10.9.11, and flows that name no group). */
  async enabledGroups(vdnId: number, language: string | undefined): Promise<number[]> {
    const model = await this.model(vdnId);
    return [...model.groups.values()].filter((g) => g.enabled === 1 && (!language || g.language === language)).map((g) => g.groupId);
  }

  /** Intents of `language` (optionally of some domains) ranked by confidence. */
  async classify(vdnId: number, sentence: string, language: string, domains?: readonly number[]): Promise<IntentMatch[]> {
    const model = await this.model(vdnId);
    let classifier = model.classifiers.get(language);
    const candidates = model.intents.filter((i) => i.language === language);
    if (!classifier) {
      classifier = new IntentClassifier(candidates.map((i) => ({ intentCmd: i.intentCmd, utterances: JSON.parse(i.utterances) as string[] })));
      model.classifiers.set(language, classifier);
    }
    const byCmd = new Map(candidates.map((i) => [i.intentCmd, i]));
    const allowed = domains && domains.length > 0 ? new Set(domains) : undefined;
    return classifier
      .classify(sentence)
      .map((s) => ({ intent: byCmd.get(s.intentCmd)!, confidence: s.confidence }))
      .filter((m) => m.intent && (!allowed || allowed.has(m.intent.domainId)));
  }

  /**
   * One recognition for a dialog turn: the better of the best intent and the best FAQ match,
   * each above its threshold; else unknown (note 05 §8.3.4, decision 1004).
   */
  async recognize(vdnId: number, request: { sentence: string; language: string; faqGroups?: readonly number[]; domains?: readonly number[] }): Promise<NluResult> {
    const unknown: NluResult = { kind: 'unknown', name: 'unknown', label: 'unknown', answer: '', confidence: 0, slots: {} };
    if (request.sentence.trim() === '') return unknown;
    const groups = request.faqGroups ?? (await this.enabledGroups(vdnId, request.language));
    const [faq] = await this.matchFaq(vdnId, request.sentence, groups, 1);
    const [intent] = await this.classify(vdnId, request.sentence, request.language, request.domains);
    const intentOk = intent !== undefined && intent.confidence >= intentMinConfidence;
    const faqOk = faq !== undefined && faq.quality >= faqMinQuality;
    if (intentOk && (!faqOk || intent.confidence >= faq.quality)) {
      const responses = JSON.parse(intent.intent.responses) as string[];
      return { kind: 'intent', name: intent.intent.intentCmd, label: intent.intent.intentName, answer: responses[0] ?? '', confidence: intent.confidence, slots: {} };
    }
    if (faqOk) return { kind: 'faq', name: String(faq.faqId), label: faq.question, answer: faq.answers[0]!, confidence: faq.score, slots: {} };
    return unknown;
  }

  /** The tenant's own words (FAQ and intent texts), which spell checking must not "correct". */
  async vocabulary(vdnId: number): Promise<string[]> {
    const model = await this.model(vdnId);
    const faqTexts = [...model.faqs.values()].flatMap((f) => [f.question, f.answer, ...(JSON.parse(f.simQuestions) as { statement: string }[]).map((s) => s.statement)]);
    return [...faqTexts, ...model.intents.flatMap((i) => [i.intentName, ...(JSON.parse(i.utterances) as string[])])];
  }

  /** Intents with their domain names, for labels of the text classification (decision 1007). */
  async labelled(vdnId: number, sentence: string, language: string): Promise<{ label: string; confidence: number }[]> {
    const domains = new Map((await this.repos.oiapConfig.domains(vdnId)).map((d) => [d.domainId, d.domainName]));
    return (await this.classify(vdnId, sentence, language)).map((m) => ({ label: [domains.get(m.intent.domainId), m.intent.intentName].filter(Boolean).join(' → '), confidence: m.confidence }));
  }

  private model(vdnId: number): Promise<TenantModel> {
    let model = this.models.get(vdnId);
    if (!model) {
      model = this.build(vdnId);
      this.models.set(vdnId, model);
      model.catch(() => this.models.delete(vdnId));
    }
    return model;
  }

  private async build(vdnId: number): Promise<TenantModel> {
    const groups = await this.repos.oiapFaq.groups(vdnId);
    const faqs = await this.repos.oiapFaq.faqs(vdnId, groups.map((g) => g.groupId));
    const intents = await this.repos.oiapConfig.intents(vdnId, {});
    const faqIndex = new FaqIndex(
      faqs.map((f) => ({
        faqId: f.faqId,
        groupId: f.groupId,
        question: f.question,
        simQuestions: (JSON.parse(f.simQuestions) as { statement: string }[]).map((s) => s.statement),
        keywords: JSON.parse(f.keywords) as string[],
      })),
    );
    return { faqIndex, faqs: new Map(faqs.map((f) => [f.faqId, f])), groups: new Map(groups.map((g) => [g.groupId, g])), intents, classifiers: new Map() };
  }
}
