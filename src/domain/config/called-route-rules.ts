import { accept, refuse, type Checked } from './skill-rejection.ts';
import type { CalledRouteRejection } from './called-route-rejection.ts';
import { multimediaMediaTypeId } from './skill-fields.ts';

/** Route media types (CEC §5.3.2, ref L5756): 2, 5, 18, 19, 53. */
export const routeMediaTypeIds = [2, 5, 18, 19, 53] as const;

/** Route device types (ref L5757): 1 skill queue, 3 IVR flow. */
export type RouteDeviceType = 1 | 3;

/** The route media types an access code of a given media type admits. */
export function routeMediaTypesFor(accessCodeMediaTypeId: number): readonly number[] {
  // CEC §5.3.2 (ref L5756): "5 corresponds to 5 and 19. 53 corresponds to 53. 2 corresponds to 2
  // and 18." Access codes of media 19 or 18 (listed by §5.3.1) admit their own type only
  // (decision 0203).
  switch (accessCodeMediaTypeId) {
    case 5:
      return [5, 19];
    case 2:
      return [2, 18];
    default:
      return [accessCodeMediaTypeId];
  }
}

/** An access code as far as routing rules are concerned. */
export interface AccessCodeFacts {
  readonly accessCode: string;
  readonly mediaTypeId: number;
}

/** The tenant's possible route targets, prefetched. */
export interface RouteDevices {
  readonly skills: ReadonlyMap<number, { mediaTypeId: number; name: string }>;
  readonly ivrFlows: ReadonlyMap<number, { description: string }>;
}

export interface RouteTargetRequest {
  readonly accessCode: AccessCodeFacts;
  readonly deviceType: number;
  readonly deviceId: number;
  /** The requested route media type; absent, it follows the target (ref L5756). */
  readonly mediaTypeId?: number;
}

export interface RouteTarget {
  deviceType: RouteDeviceType;
  deviceId: number;
  mediaTypeId: number;
  /** The target's name, which queryCalledRoute shows and filters on (ref L6023). */
  deviceDesc: string;
}

/**
 * Checks where a route sends calls. CEC §5.3.2 (ref L5756–5760): a skill-queue route has the
 * media type of its skill (absent, it takes it); "the IVR flow cannot be selected for the
 * multimedia channel"; the route's media type must match its access code's (5 ↔ 5/19, 53 ↔ 53,
 * 2 ↔ 2/18). Targets must exist in the tenant.
 */
export function checkRouteTarget(request: RouteTargetRequest, devices: RouteDevices): Checked<RouteTarget, CalledRouteRejection> {
  const { accessCode, deviceType, deviceId } = request;
  if (deviceType !== 1 && deviceType !== 3) return refuse({ tag: 'DeviceTypeInvalid', deviceType });
  if (request.mediaTypeId !== undefined && !(routeMediaTypeIds as readonly number[]).includes(request.mediaTypeId)) {
    return refuse({ tag: 'MediaTypeUnsupported', mediaTypeId: request.mediaTypeId });
  }
  const admitted = routeMediaTypesFor(accessCode.mediaTypeId);
  let mediaTypeId: number;
  let deviceDesc: string;
  if (deviceType === 1) {
    const skill = devices.skills.get(deviceId);
    if (!skill) return refuse({ tag: 'SkillUnknown', skillId: deviceId });
    mediaTypeId = request.mediaTypeId ?? skill.mediaTypeId;
    if (mediaTypeId !== skill.mediaTypeId) return refuse({ tag: 'MediaTypeDiffersFromSkill', mediaTypeId, skillId: deviceId, skillMediaTypeId: skill.mediaTypeId });
    deviceDesc = skill.name;
  } else {
    const flow = devices.ivrFlows.get(deviceId);
    if (!flow) return refuse({ tag: 'IvrFlowUnknown', flowId: deviceId });
    // The default is 5 (ref L5756); behind an access code that does not admit 5 the route takes
    // the access code's own media type instead of failing (decision 0203).
    mediaTypeId = request.mediaTypeId ?? (admitted.includes(5) ? 5 : accessCode.mediaTypeId);
    if (mediaTypeId === multimediaMediaTypeId || accessCode.mediaTypeId === multimediaMediaTypeId) return refuse({ tag: 'IvrForMultimedia' });
    deviceDesc = flow.description;
  }
  if (!admitted.includes(mediaTypeId)) {
    return refuse({ tag: 'MediaTypeDiffersFromAccessCode', mediaTypeId, accessCode: accessCode.accessCode, accessCodeMediaTypeId: accessCode.mediaTypeId });
  }
  return accept({ deviceType, deviceId, mediaTypeId, deviceDesc });
}

/**
 * The extension code is dialled after the access code (ref L5753: "a customer can dial 123451 to
 * directly access skill queue A"), so it holds dial-pad digits only (decision 0203).
 */
export function checkExtCode(extCode: string): Checked<string, CalledRouteRejection> {
  const trimmed = extCode.trim();
  return /^[0-9]*$/.test(trimmed) ? accept(trimmed) : refuse({ tag: 'ExtCodeInvalid', extCode });
}

/** The number a route answers: access code followed by extension code (ref L5858). */
export function routeNumber(route: { accessCode: string; extCode: string }): string {
  return `${route.accessCode}${route.extCode}`;
}

/**
 * CEC §5.3.5 (ref L6043): editable "0" or null: editable and deletable; "1": not editable but
 * deletable; "2": not deletable; "3": neither.
 */
export function routeMayBeEdited(editable: string | null): boolean {
  return editable !== '1' && editable !== '3';
}

export function routeMayBeDeleted(editable: string | null): boolean {
  return editable !== '2' && editable !== '3';
}
