import { sqmEnvelope } from '../../http/envelope/index.ts';

/** The success code of each §12.2 module (note 07 §3.3). */
export const sqmModules = {
  scoreSetting: sqmEnvelope('0412000'),
  sentence: sqmEnvelope('0403000'),
  sensitiveWord: sqmEnvelope('0401000'),
  training: sqmEnvelope('0404000'),
  rules: sqmEnvelope('0405000'),
  scenario: sqmEnvelope('0406000'),
  /** queryAllScenario answers `{total, data}` without a code (ref L49192–49208). */
  scenarioBare: sqmEnvelope('0406000', 'bare'),
  /** appraisecall answers carry no code (ref L49356, L49913); failures use 0407xxx (decision 1221). */
  appraiseBare: sqmEnvelope('0407000', 'bare'),
  regularTask: sqmEnvelope('0408000'),
  qualityTask: sqmEnvelope('0409000'),
  qualityItem: sqmEnvelope('0410000'),
  qualityItemList: sqmEnvelope('0410000', 'list'),
  asr: sqmEnvelope('1010200', 'flat', 'success'),
  asrList: sqmEnvelope('1010200', 'list'),
} as const;
