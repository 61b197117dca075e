/**
 * Why a called-route request was refused. The configuration family renders each as returnCode
 * "1" with a description (src/api/config-numbers/number-errors.ts).
 */
export type CalledRouteRejection =
  | { tag: 'ExtCodeInvalid'; extCode: string }
  | { tag: 'AccessCodeUnknown'; accessCode: string }
  | { tag: 'DeviceTypeInvalid'; deviceType: number }
  | { tag: 'MediaTypeUnsupported'; mediaTypeId: number }
  | { tag: 'SkillUnknown'; skillId: number }
  | { tag: 'IvrFlowUnknown'; flowId: number }
  | { tag: 'MediaTypeDiffersFromSkill'; mediaTypeId: number; skillId: number; skillMediaTypeId: number }
  | { tag: 'MediaTypeDiffersFromAccessCode'; mediaTypeId: number; accessCode: string; accessCodeMediaTypeId: number }
  | { tag: 'IvrForMultimedia' }
  | { tag: 'NumberTaken'; number: string }
  | { tag: 'RouteNotFound'; id: string }
  | { tag: 'RouteNotEditable'; id: string; editable: string }
  | { tag: 'DnidsEmpty' }
  | { tag: 'DnidsTooMany'; count: number; max: number }
  | { tag: 'DnidInvalid'; text: string }
  | { tag: 'DnidsNotFound'; dnids: readonly number[] }
  | { tag: 'NothingDeletable'; names: readonly string[] };
