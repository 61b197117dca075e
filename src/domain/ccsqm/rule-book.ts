import type { DialogRule, Flow, InterposalRule, Scenario, ScoreRule, Script, Sentence, SensitiveWord, SilenceRule, SpeedRule } from './config-types.ts';
import type { SimilarityIndex } from './similarity.ts';

/**
 * Everything the inspection of one call reads, loaded once per inspection: the tenant's
 * configuration at that moment (later edits never re-inspect a call, note 07 §5.B.7 item 1).
 */
export interface RuleBook {
  scoreRule: ScoreRule;
  sentences: Map<string, Sentence>;
  index: SimilarityIndex;
  dialogRules: Map<string, DialogRule>;
  /** Flows of each rule, each with its scripts in order. */
  flowsOfRule: Map<string, Array<{ id: string; flow: Flow; scripts: Array<{ id: string; script: Script }> }>>;
  silenceRules: Map<string, SilenceRule>;
  speedRules: Map<string, SpeedRule>;
  interposalRules: Map<string, InterposalRule>;
  sensitiveWords: Array<{ id: string; word: SensitiveWord }>;
  scenarios: Array<{ id: string; scenario: Scenario }>;
}

/** A segment pointed at by a rule result (Table 12-323: segment id as a string in `call_id`). */
export interface InvalidSegment {
  start_time: number;
  end_time: number;
  call_id: string;
}

export interface RuleResult {
  valid: boolean;
  score: number;
  invalid_segment: InvalidSegment[];
  revise_id: string;
  revise: -1 | 0 | 1;
}

export interface ScenarioResult {
  score: number;
  setting: { group_id: string; group_name: string; ignore_sensitive: 0 | 1; description: string };
  rules: Array<RuleResult & { setting: { rule_id: string; rule_name: string } }>;
  silence_rule: Array<RuleResult & { name: string; setting: { silence_id: string; name: string } }>;
  speed_rule: Array<RuleResult & { name: string; setting: { name: string; speed_id: string } }>;
  interposal_rule: Array<RuleResult & { name: string; setting: { interposal_id: string; name: string } }>;
}

export interface SensitiveWordResult {
  valid: boolean;
  score: number;
  invalid_segment: number[];
  revise_id: string;
  revise: -1 | 0 | 1;
  setting: { sw_id: string; sw_name: string };
}

/** Table 12-323: one per call. */
export interface CreditRecord {
  create_time: number;
  credit: ScenarioResult[];
  sensitive_words: SensitiveWordResult[];
}

export type RuleKind = 'dialog' | 'silence' | 'speed' | 'interposal' | 'sentitiveWord';
