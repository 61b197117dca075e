import { Type, type TSchema } from '@sinclair/typebox';
import { isRejection, type IsalesRejection } from '../../../domain/outbound/index.ts';
import { isalesFailure, isalesVdnIdSchema } from '../isales-request.ts';
import type { ApiServices } from '../../services.ts';
import type { CampaignServiceDeps } from '../../../services/outbound/campaigns/campaign-service.ts';

/** `{vdnId}/{campaignId}` paths: campaignId is an Integer (Table 7-71). */
export const campaignParams = Type.Object({ vdnId: isalesVdnIdSchema, campaignId: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

/**
 * A body schema that names the documented fields (so keys are matched leniently and the OpenAPI
 * document lists them) but leaves their checking to the domain rules, which answer with the
 * documented generic codes (02000001 empty, 02000006 type, 02000007 value...) in the documented
 * order rather than the schema validator's one code.
 */
export function looseObject(fields: Record<string, TSchema | string>, description?: string) {
  const properties: Record<string, TSchema> = {};
  for (const [key, value] of Object.entries(fields)) properties[key] = Type.Optional(typeof value === 'string' ? Type.Unknown({ description: value }) : value);
  return Type.Object(properties, { additionalProperties: true, ...(description ? { description } : {}) });
}

/** A list of loose objects (the reference's List fields). */
export const looseList = (item: TSchema, description: string) => Type.Array(item, { description });

/** Returns the value, or throws the rejection as the documented iSales failure. */
export function orFail<T>(value: T | IsalesRejection): T {
  if (isRejection(value)) throw isalesFailure(value.rejected, value.message);
  return value as T;
}

/** The campaign services' dependencies, from the server's services. */
export function campaignDeps(services: ApiServices): CampaignServiceDeps {
  return { ...services.outbound.deps, runtime: services.outbound.runtime };
}
