import type { CalledRouteRejection } from '../../domain/config/called-route-rejection.ts';
import type { NumberQueryRejection } from '../../services/numbers/number-queries.ts';
import { configFailure } from '../config-skills/skill-errors.ts';
import type { CecError } from '../../http/cec-error.ts';

/**
 * The number interfaces document no error codes (§5.3.1–5.3.6 "Error Codes: None"): a refused
 * request answers HTTP 200 with returnCode "1" and a description saying why (note 01 §7).
 */
export function calledRouteFailure(rejection: CalledRouteRejection): CecError {
  if (rejection.tag === 'NothingDeletable') {
    // CEC §5.3.3 (ref L5861): when every record fails to be deleted, `content` equals `name`.
    const name = rejection.names.join(',');
    return configFailure(`none of the called routes can be deleted (editable "2" or "3"): ${name}`, { data: { id: '', name, content: name } });
  }
  return configFailure(describeCalledRouteRejection(rejection));
}

function describeCalledRouteRejection(rejection: Exclude<CalledRouteRejection, { tag: 'NothingDeletable' }>): string {
  switch (rejection.tag) {
    case 'ExtCodeInvalid':
      return `extCode must contain digits only (got ${JSON.stringify(rejection.extCode)})`;
    case 'AccessCodeUnknown':
      return `access code ${rejection.accessCode} does not exist in this tenant`;
    case 'DeviceTypeInvalid':
      return `devicetype must be 1 (skill queue) or 3 (IVR) (got ${rejection.deviceType})`;
    case 'MediaTypeUnsupported':
      return `mediaTypeId ${rejection.mediaTypeId} is not supported: use 2, 5, 18, 19 or 53`;
    case 'SkillUnknown':
      return `skill queue ${rejection.skillId} does not exist`;
    case 'IvrFlowUnknown':
      return `IVR flow ${rejection.flowId} does not exist`;
    case 'MediaTypeDiffersFromSkill':
      return `mediaTypeId ${rejection.mediaTypeId} differs from the media type ${rejection.skillMediaTypeId} of skill queue ${rejection.skillId}`;
    case 'MediaTypeDiffersFromAccessCode':
      return `mediaTypeId ${rejection.mediaTypeId} does not match access code ${rejection.accessCode} of media type ${rejection.accessCodeMediaTypeId}`;
    case 'IvrForMultimedia':
      return 'an IVR flow cannot be selected for the multimedia channel';
    case 'NumberTaken':
      return `the number ${rejection.number} is already bound`;
    case 'RouteNotFound':
      return `called route ${rejection.id} does not exist`;
    case 'RouteNotEditable':
      return `called route ${rejection.id} cannot be edited (editable "${rejection.editable}")`;
    case 'DnidsEmpty':
      return 'dnids must name at least one called route';
    case 'DnidsTooMany':
      return `dnids names ${rejection.count} called routes; at most ${rejection.max} can be deleted at once`;
    case 'DnidInvalid':
      return `dnids: ${JSON.stringify(rejection.text)} is not a dnid`;
    case 'DnidsNotFound':
      return `no called route has dnid ${rejection.dnids.join(', ')}`;
  }
}

export function describeNumberQueryRejection(rejection: NumberQueryRejection): string {
  return rejection.tag === 'MediaTypeUnsupported'
    ? `media type ${rejection.mediaTypeId} is not supported: use 2, 5, 18, 19 or 53`
    : `devicetype must be 1 (skill queue) or 3 (IVR) (got ${rejection.deviceType})`;
}
