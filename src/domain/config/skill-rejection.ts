/** The outcome of a rule: the checked value, or why it was refused. */
export type Checked<T, R> = { ok: true; value: T } | { ok: false; rejection: R };

export const accept = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const refuse = <R>(rejection: R): { ok: false; rejection: R } => ({ ok: false, rejection });

/** The overflow situations of a skill queue (CEC §5.2.1 Table 5-45, items 1.7.1, 1.7.2, 1.7.4). */
export type OverflowSituation = 'noAgents' | 'busy' | 'timeOut';

/**
 * Why a skill-queue request was refused. The configuration families render each as returnCode
 * "1" with a description (src/api/config-skills/skill-errors.ts).
 */
export type SkillRejection =
  | { tag: 'MediaTypeUnsupported'; mediaTypeId: number }
  | { tag: 'NameEmpty' }
  | { tag: 'NameForbiddenCharacter'; character: string }
  | { tag: 'NameTaken'; name: string }
  | { tag: 'NameImmutable' }
  | { tag: 'MediaTypeImmutable' }
  | { tag: 'DescriptionEmpty' }
  | { tag: 'PolicyMissing'; situation: OverflowSituation }
  | { tag: 'TransferTypeInvalid'; situation: OverflowSituation; transferType: string }
  | { tag: 'ReleaseWithTarget'; situation: OverflowSituation }
  | { tag: 'TransferTargetMissing'; situation: OverflowSituation }
  | { tag: 'DeviceTypeInvalid'; situation: OverflowSituation; deviceType: string }
  | { tag: 'TargetIdInvalid'; situation: OverflowSituation; value: string }
  | { tag: 'MultimediaOverflowToIvr'; situation: OverflowSituation }
  | { tag: 'OverflowSkillUnknown'; situation: OverflowSituation; skillId: number }
  | { tag: 'OverflowIvrUnknown'; situation: OverflowSituation; flowId: number }
  | { tag: 'OverflowToItself'; situation: OverflowSituation }
  | { tag: 'ParameterNotAvailable'; parameter: 'answerFunction' | 'waitVoice'; mediaTypeId: number }
  | { tag: 'ParameterMandatory'; parameter: 'answerFunction' | 'waitVoice'; mediaTypeId: number }
  | { tag: 'AnswerFunctionInvalid'; answerFunction: string }
  | { tag: 'WaitVoiceTypeInvalid'; parameterType: string }
  | { tag: 'WaitVoiceIdMissing' }
  | { tag: 'WaitVoiceIdUnexpected' }
  | { tag: 'WaitVoiceIvrUnknown'; id: string }
  | { tag: 'SkillNotFound'; skillIds: readonly number[] }
  | { tag: 'SkillIdsEmpty' }
  | { tag: 'SkillIdsTooMany'; count: number; max: number }
  | { tag: 'SkillIdInvalid'; text: string }
  | { tag: 'SkillInUse'; skillId: number; routeDnids: readonly number[]; overflowSkillIds: readonly number[]; ivrFlowIds: readonly number[] };
