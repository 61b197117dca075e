import { Type } from '@sinclair/typebox';
import { cmsResultCodes } from '../../../domain/monitoring/index.ts';

/** The codes every configuration view may answer (note 08 §6.4), in precedence order. */
export const configErrors = [cmsResultCodes.invalidParameter, cmsResultCodes.insufficientPermission, cmsResultCodes.unknown] as const;

/** Table 12-588 / 12-598. */
export const AccessCodeItem = Type.Object({ accessCode: Type.String(), isDefault: Type.Boolean() });

/** Table 12-597 (12.3.3.6); 12.3.3.4 adds `agents`. */
export const tenantItemFields = {
  ccId: Type.Integer(),
  tenantId: Type.String(),
  tenantSpaceName: Type.String(),
  vdnId: Type.Integer(),
  accessCodes: Type.Array(AccessCodeItem),
};
