import { CecError } from '../../http/cec-error.ts';
import type { PagingRejection } from '../../domain/config/paging.ts';
import type { OverflowSituation, SkillRejection } from '../../domain/config/skill-rejection.ts';
import type { SkillQueryRejection } from '../../services/skills/skill-query.ts';

/**
 * The skill-queue interfaces document no error codes (§5.2.1–5.2.4 "Error Codes: None"): a
 * refused request answers HTTP 200 with returnCode "1" and a description saying why (note 01 §7).
 */
export const configFailureCode = '1';

const where = (situation: OverflowSituation) => `skillParam.${situation}`;

export function describeSkillRejection(rejection: SkillRejection): string {
  switch (rejection.tag) {
    case 'MediaTypeUnsupported':
      return `mediaTypeId ${rejection.mediaTypeId} is not supported: use 5 (voice), 53 (multimedia), 19 (video), 2 (voice click-to-dial) or 18 (video click-to-dial)`;
    case 'NameEmpty':
      return 'name must not be empty';
    case 'NameForbiddenCharacter':
      return `name must not contain ${JSON.stringify(rejection.character)}`;
    case 'NameTaken':
      return `a skill queue named ${JSON.stringify(rejection.name)} already exists`;
    case 'NameImmutable':
      return 'the name of a skill queue cannot be modified';
    case 'MediaTypeImmutable':
      return 'the mediaTypeId of a skill queue cannot be modified';
    case 'DescriptionEmpty':
      return 'description must not be empty';
    case 'PolicyMissing':
      return `${where(rejection.situation)} is mandatory`;
    case 'TransferTypeInvalid':
      return `${where(rejection.situation)}.transferType must be Release or Transfer (got ${JSON.stringify(rejection.transferType)})`;
    case 'ReleaseWithTarget':
      return `${where(rejection.situation)}: deviceType and value must be empty when transferType is Release`;
    case 'TransferTargetMissing':
      return `${where(rejection.situation)}: deviceType and value are mandatory when transferType is Transfer`;
    case 'DeviceTypeInvalid':
      return `${where(rejection.situation)}.deviceType must be "1" (skill queue) or "3" (IVR) (got ${JSON.stringify(rejection.deviceType)})`;
    case 'TargetIdInvalid':
      return `${where(rejection.situation)}.value must be a positive integer (got ${JSON.stringify(rejection.value)})`;
    case 'MultimediaOverflowToIvr':
      return `${where(rejection.situation)}: a multimedia skill queue (mediaTypeId 53) can only overflow to a skill queue (deviceType "1")`;
    case 'OverflowSkillUnknown':
      return `${where(rejection.situation)}: skill queue ${rejection.skillId} does not exist`;
    case 'OverflowIvrUnknown':
      return `${where(rejection.situation)}: IVR flow ${rejection.flowId} does not exist`;
    case 'OverflowToItself':
      return `${where(rejection.situation)}: a skill queue cannot overflow to itself`;
    case 'ParameterNotAvailable':
      return `skillParam.${rejection.parameter} is not available for mediaTypeId ${rejection.mediaTypeId} (only noAgents, busy and timeOut are)`;
    case 'ParameterMandatory':
      return `skillParam.${rejection.parameter} is mandatory for mediaTypeId ${rejection.mediaTypeId}`;
    case 'AnswerFunctionInvalid':
      return `skillParam.answerFunction must be "0" (report the agent ID) or "2" (no voice) (got ${JSON.stringify(rejection.answerFunction)})`;
    case 'WaitVoiceTypeInvalid':
      return `skillParam.waitVoice.parameterType must be Voice or IVR (got ${JSON.stringify(rejection.parameterType)})`;
    case 'WaitVoiceIdMissing':
      return 'skillParam.waitVoice.id is mandatory when parameterType is IVR';
    case 'WaitVoiceIdUnexpected':
      return 'skillParam.waitVoice.id must be empty when parameterType is Voice';
    case 'WaitVoiceIvrUnknown':
      return `skillParam.waitVoice.id: IVR flow ${JSON.stringify(rejection.id)} does not exist`;
    case 'SkillNotFound':
      return `skill queue ${rejection.skillIds.join(', ')} does not exist`;
    case 'SkillIdsEmpty':
      return 'skillIds must name at least one skill queue';
    case 'SkillIdsTooMany':
      return `skillIds names ${rejection.count} skill queues; at most ${rejection.max} can be deleted at once`;
    case 'SkillIdInvalid':
      return `skillIds: ${JSON.stringify(rejection.text)} is not a skill queue id`;
    case 'SkillInUse':
      return `skill queue ${rejection.skillId} is in use: ${usage(rejection)}`;
  }
}

function usage(rejection: Extract<SkillRejection, { tag: 'SkillInUse' }>): string {
  const parts: string[] = [];
  if (rejection.routeDnids.length) parts.push(`called routes (dnid ${rejection.routeDnids.join(', ')}) route calls to it`);
  if (rejection.overflowSkillIds.length) parts.push(`skill queues ${rejection.overflowSkillIds.join(', ')} overflow to it`);
  if (rejection.ivrFlowIds.length) parts.push(`IVR flows ${rejection.ivrFlowIds.join(', ')} transfer to it`);
  return parts.join('; ');
}

export function describeSkillQueryRejection(rejection: SkillQueryRejection): string {
  switch (rejection.tag) {
    case 'NameFilterForbiddenCharacter':
      return `name must not contain ${JSON.stringify(rejection.character)}`;
    case 'MediaTypeUnsupported':
      return `mediaTypeId ${rejection.mediaTypeId} is not supported: use 5, 53, 19, 2 or 18`;
    case 'SkillIdInvalid':
      return `skillIds: ${JSON.stringify(rejection.text)} is not a skill queue id`;
  }
}

export function describePagingRejection(rejection: PagingRejection): string {
  return `limit must not be negative (got ${rejection.limit})`;
}

/** The failure a handler throws for a rejected request. */
export function configFailure(description: string, extra?: Record<string, unknown>): CecError {
  return new CecError(configFailureCode, description, extra ? { extra } : {});
}
