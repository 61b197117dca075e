import type { FlowDefinition, NodeOf } from '../../domain/chatbot/index.ts';
import { SqmKind, type SensitiveWord } from '../../domain/ccsqm/config-types.ts';
import { keywordHit, normalise } from '../../domain/ccsqm/text-match.ts';
import { isWordToken, kbTokens } from '../../domain/knowledge/index.ts';
import type { Repositories } from '../../store/index.ts';
import { runnableFlow } from '../chatbot/flows.ts';
import { faqMinQuality, intentMinConfidence, type LocalNlu } from '../chatbot/local-nlu.ts';
import type { KnowledgeBase } from '../knowledge/index.ts';

/** Table 6-423: one step of the script (an intent of the chatbot, or a slot under it). */
export interface ScriptStep {
  intentcode: string;
  intentDsp: string;
  /** "finished", or "" while not yet reached ("unsent"). */
  status: string;
  childintent?: ScriptStep[];
}

/** Table 6-425 (similarFaqs) and 6-426 (answer): the same fields, `answers` an array or one text. */
interface Recommendation<A> {
  faqGroupName: string[];
  prob: string;
  question: string;
  answers: A;
  faqId: string;
  faqGroupId: string;
}

/** Table 6-422. */
export interface NlpResult {
  call_script: ScriptStep[];
  call_script_matchedstep: string;
  Intend: string;
  sensitive_word: { words?: string[] };
  recomand_KP: { similarFaqs: Recommendation<string[]>[]; answer: Recommendation<string>[] };
}

/** The chatbot a subscription's results are analysed with: a released flow and its first NLU step. */
export interface AsrChatbot {
  language: string;
  node: NodeOf<'nlu'> | undefined;
  definition: FlowDefinition;
}

/** What the analysis remembers of one call: the script steps already reached and the latest one. */
export interface CallScriptState {
  finished: Set<string>;
  matched: string;
}

export interface AsrNlpDeps {
  repos: Repositories;
  nlu: LocalNlu;
  knowledge: Pick<KnowledgeBase, 'search'>;
}

const recommendationsMax = 3;
/** Words shorter than this ("a", "my", "the") say nothing about a topic. */
const topicWordMin = 4;
const prob = (n: number) => String(Math.round(n * 10_000) / 10_000);

/** The turn's words that can name a topic: CJK bigrams, and alphabetic words of four letters or more. */
function topicWords(text: string): Set<string> {
  return new Set(kbTokens(text).filter((t) => !isWordToken(t) || t.length >= topicWordMin));
}

/**
 * The semantic analysis of a recognised turn (Table 6-422) by the tenant's own chatbot (decision
 * 0464): the local NLU of chapter 10 finds the customer's intent among the flow's intents and
 * similar FAQs, the knowledge base of chapter 9 recommends entries, and the quality check's
 * sensitive words (§12.2.3) are looked for in every turn. Deterministic for a corpus.
 */
export class AsrNlp {
  constructor(private readonly deps: AsrNlpDeps) {}

  /**
   * The chatbot present for a call of `vdnId`: the released flow bound to `flowAccessCode`, or
   * without one the tenant's first bound released flow. Undefined when the tenant has none.
   */
  async chatbot(vdnId: number, flowAccessCode: string | null): Promise<AsrChatbot | undefined> {
    const { repos } = this.deps;
    const bindings = flowAccessCode ? [await repos.oiapConfig.navigationByCode(vdnId, flowAccessCode)].filter((b) => b !== undefined) : await repos.oiapConfig.navigations(vdnId);
    for (const binding of bindings) {
      const flow = await runnableFlow(repos, vdnId, binding.flowCode);
      if (!flow) continue;
      const node = flow.definition.nodes.find((n): n is NodeOf<'nlu'> => n.type === 'nlu');
      return { language: flow.definition.language === '1' ? 'en_US' : 'zh_CN', node, definition: flow.definition };
    }
    return undefined;
  }

  async analyse(vdnId: number, chatbot: AsrChatbot, state: CallScriptState, turn: { speaker: 'agent' | 'customer'; text: string }): Promise<NlpResult> {
    const customer = turn.speaker === 'customer';
    const intent = customer ? await this.intentOf(vdnId, chatbot, turn.text) : undefined;
    if (intent) {
      state.finished.add(intent.code);
      state.matched = intent.code;
    }
    return {
      call_script: await this.script(vdnId, chatbot, state),
      call_script_matchedstep: state.matched,
      Intend: intent?.name ?? '',
      sensitive_word: await this.sensitiveWords(vdnId, turn.text),
      recomand_KP: customer ? await this.recommendations(vdnId, chatbot, turn.text) : { similarFaqs: [], answer: [] },
    };
  }

  private async intentOf(vdnId: number, chatbot: AsrChatbot, text: string): Promise<{ code: string; name: string } | undefined> {
    const [best] = await this.deps.nlu.classify(vdnId, text, chatbot.language, chatbot.node?.domains);
    if (!best || best.confidence < intentMinConfidence) return undefined;
    return { code: best.intent.intentCmd, name: best.intent.intentName };
  }

  /** The flow's intents in its order, each with the slots its branch asks for (Table 6-423 childintent). */
  private async script(vdnId: number, chatbot: AsrChatbot, state: CallScriptState): Promise<ScriptStep[]> {
    if (!chatbot.node) return [];
    const intents = new Map((await this.deps.repos.oiapConfig.intents(vdnId, { language: chatbot.language })).map((i) => [i.intentCmd, i]));
    const nodes = new Map(chatbot.definition.nodes.map((n) => [n.id, n]));
    return Object.entries(chatbot.node.intents).map(([code, target]) => {
      const childintent: ScriptStep[] = [];
      const seen = new Set<string>();
      for (let node = nodes.get(target); node?.type === 'slot' && !seen.has(node.id); node = nodes.get(node.next)) {
        seen.add(node.id);
        childintent.push({ intentcode: node.variable, intentDsp: node.text, status: '' });
      }
      return { intentcode: code, intentDsp: intents.get(code)?.intentName ?? code, status: state.finished.has(code) ? 'finished' : '', childintent };
    });
  }

  private async sensitiveWords(vdnId: number, text: string): Promise<{ words?: string[] }> {
    const said = normalise(text);
    const words = (await this.deps.repos.sqm.list(vdnId, SqmKind.sensitiveWord)).map((row) => (JSON.parse(row.doc) as SensitiveWord).sw_name).filter((word) => keywordHit(said, word));
    return words.length > 0 ? { words } : {};
  }

  /** Similar FAQs of the chatbot's groups above the NLU's quality threshold, and knowledge entries. */
  private async recommendations(vdnId: number, chatbot: AsrChatbot, text: string): Promise<NlpResult['recomand_KP']> {
    const groups = chatbot.node?.faqGroups ?? (await this.deps.nlu.enabledGroups(vdnId, chatbot.language));
    const faqs = (await this.deps.nlu.matchFaq(vdnId, text, groups, recommendationsMax)).filter((f) => f.quality >= faqMinQuality);
    const found = await this.deps.knowledge.search(vdnId, { keyword: text }, { offset: 0, limit: 10 });
    // The search ranks by any shared word; an entry is recommended only when the turn names its
    // topic, a word of its title or keywords (decision 0464), so small talk recommends nothing.
    const said = topicWords(text);
    const entries = found.page.filter((hit) => hit.node.coluKngType !== 1 && kbTokens(`${hit.node.name} ${hit.node.keyword}`).some((t) => said.has(t))).slice(0, recommendationsMax);
    return {
      similarFaqs: faqs.map((f) => ({ faqGroupName: [f.groupName], prob: prob(f.quality), question: f.question, answers: f.answers, faqId: String(f.faqId), faqGroupId: String(f.groupId) })),
      answer: entries.map(({ node, score }) => ({
        faqGroupName: node.beyondColuPath.split('/').filter(Boolean),
        prob: prob(score),
        question: node.name,
        answers: node.contentText || node.summaryInfo,
        faqId: node.coluKngId,
        faqGroupId: node.beyondColuId,
      })),
    };
  }
}
