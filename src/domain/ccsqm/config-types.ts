/**
 * The configuration objects of the quality check (§12.2.1–12.2.11, note 07 §4.B), as stored. Ids
 * are strings everywhere (note 07 §3.6). Rule scores are kept as the positive number entered and
 * applied as deductions (note 07 §8.4 item 55, decision 1223).
 */

/** The kinds of stored documents; the names are the repository's `kind` column. */
export const SqmKind = {
  settings: 'settings',
  scoreRule: 'scoreRule',
  sentenceCategory: 'sentenceCategory',
  sentence: 'sentence',
  sensitiveCategory: 'sensitiveCategory',
  sensitiveWord: 'sensitiveWord',
  dialogRule: 'dialogRule',
  flow: 'flow',
  script: 'script',
  silenceRule: 'silenceRule',
  speedRule: 'speedRule',
  interposalRule: 'interposalRule',
  scenario: 'scenario',
  qualityTask: 'qualityTask',
  taskCall: 'taskCall',
  plan: 'plan',
  qualityItem: 'qualityItem',
  asrTask: 'asrTask',
} as const;
export type SqmKind = (typeof SqmKind)[keyof typeof SqmKind];

/** A trigger window in Unix seconds (`other.call_from`/`call_end`); extra keys are echoed (note 07 §8.4 item 57). */
export type TimeWindow = Record<string, unknown> & { call_from?: number | null; call_end?: number | null };

export interface TenantSettings {
  /** The rating rule in use (12.2.1.2); "0" is the built-in default. */
  using: string;
  /** Sentences changed since the last trainTags (12.2.5.1). */
  out_of_date: boolean;
}

export interface ScoreRule {
  name: string;
  lower_bound: number;
  upper_bound: number;
  base: number;
}

/** CEC §12.2.1.4 (ref L42968–42973): the default rule every tenant has. */
export const defaultScoreRuleId = '0';
export const defaultScoreRule: ScoreRule = { name: 'default', lower_bound: 1, upper_bound: 100, base: 60 };

export type TagType = 'keyword' | 'dialogue_act' | 'regular_exp';
export interface Corpus {
  id: string;
  name: string;
}
export interface Tag {
  tag_type: TagType;
  pos_sentences: Corpus[];
  neg_sentences: Corpus[];
}
export interface Sentence {
  sentence_name: string;
  category_id: string;
  tags: Tag[];
}

export interface SensitiveWord {
  sw_name: string;
  /** The entered score (a deduction; entered negative, e.g. -8, ref L45101). */
  score: number;
  category_id: string;
  exception: { customer: string[]; staff: string[] };
}

export type Severity = 'normal' | 'critical';
export interface DialogRule {
  rule_name: string;
  description: string;
  severity: Severity;
  score_type: 'valid' | 'invalid';
  score: number;
  method: 'positive' | 'negative';
  min: number;
  other: TimeWindow;
}

export interface Flow {
  flow_name: string;
  min: number;
  rule_id: string;
  /** Scripts in evaluation order. */
  sentence_groups: string[];
}

export type ScriptRole = 'any' | 'staff' | 'customer';
export type ScriptPosition = 'any' | 'top' | 'bottom' | 'set';
export type ScriptOperator = 'must' | 'must_say' | 'must_not_say' | 'if' | 'then' | 'and';
export interface Script {
  sg_name: string | null;
  sentences: string[];
  role: ScriptRole;
  position: ScriptPosition;
  position_distance: number;
  SGType: ScriptOperator;
  dialogue_flow_id: string;
}

export interface SilenceRule {
  name: string;
  score: number;
  seconds: number;
  times: number;
  other: TimeWindow;
  exception: { before: { staff: string[]; customer: string[] }; after: { staff: string[] } };
}

export interface SpeedRule {
  name: string;
  score: number;
  min: number;
  max: number;
  other: TimeWindow;
  exception: { under: { customer: string[] }; over: { customer: string[] } };
}

export interface InterposalRule {
  name: string;
  score: number;
  seconds: number;
  times: number;
  other: TimeWindow;
}

export interface Scenario {
  group_name: string;
  description: string;
  is_enable: 0 | 1;
  ignore_sensitive: 0 | 1;
  other: TimeWindow;
  /** 0 voice, 2 multimedia (ref L48805). */
  interaction_type: 0 | 2;
  rules: string[];
  silence_rules: string[];
  speed_rules: string[];
  interposal_rules: string[];
  /** Unix seconds. */
  create_time: number;
}
