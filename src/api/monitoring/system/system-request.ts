import { cmsResultCodes } from '../../../domain/monitoring/index.ts';

/** The codes the system-indicator interfaces answer (note 08 §6.4), in precedence order. */
export const systemErrors = [cmsResultCodes.invalidParameter, cmsResultCodes.insufficientPermission, cmsResultCodes.unknown] as const;

/** "Not applicable / unlimited" of the Long licence fields (note 08 §3.4). */
export const notApplicable = 4_294_967_295;
