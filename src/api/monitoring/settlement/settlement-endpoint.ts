import { Type, type TSchema } from '@sinclair/typebox';
import { printedCounters, type SettlementDirection } from '../../../domain/indicators/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { findVdnByTenantSpaceId } from '../../../services/cms-config/config-views.ts';
import { readSettlement } from '../../../stats/historical/index.ts';
import type { AuthContext } from '../../../http/endpoint.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import type { ApiServices } from '../../services.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases, cmsTenant, vdnIdSchema } from '../cms-request.ts';

/**
 * The two daily settlement interfaces (CEC §12.3.2.10 inbound by called number, §12.3.2.11
 * outbound by calling number): the same request but for the number list, envelope B, one row per
 * number × call type × business type (× campaign) over whole VDN days (decision 0830).
 */
const dayMs = 86_400_000;
/** Longest settlement range: the reference names none; as for the day-range indicators (decision 0830, 0814). */
export const settlementDaysMax = 31;
/** OpenCEC is one call center with one subsystem; the examples number it 1 (ref L60863, decision 0830). */
export const subCcNo = 1;

const logDay = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseLogDay(text: string, field: string): number {
  const m = logDay.exec(text.trim());
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(m[3])) throw cmsFailure('invalidParameter', `${field} must be yyyy-MM-dd`);
  return ms;
}

/** [beginLogDay, endLogDay], whole days, inclusive (ref L60725). */
export function logDayRange(begin: string, end: string): { fromDayMs: number; toDayMs: number } {
  const fromDayMs = parseLogDay(begin, 'beginLogDay');
  const toDayMs = parseLogDay(end, 'endLogDay');
  if (toDayMs < fromDayMs) throw cmsFailure('invalidParameter', 'endLogDay must not be before beginLogDay');
  if ((toDayMs - fromDayMs) / dayMs + 1 > settlementDaysMax) throw cmsFailure('invalidParameter', `the range may span at most ${settlementDaysMax} days`);
  return { fromDayMs, toDayMs };
}

interface SettlementRequest {
  beginLogDay: string;
  endLogDay: string;
  callTypes: number[];
  skillIds?: number[];
  subCcNo?: number;
  vdn?: number;
  tenantId?: string;
  ccId?: number;
}

/**
 * The VDN a request names: `subCcNo` + `vdn`, or `tenantId` (ref L60732–L60734). A tenant key
 * naming another tenant's space is refused like another VDN (0101003), so that it cannot probe.
 */
async function settlementTenant(services: ApiServices, auth: AuthContext, body: SettlementRequest): Promise<number> {
  const ccId = body.ccId === undefined ? {} : { ccId: body.ccId };
  if (body.tenantId !== undefined) {
    const vdn = await findVdnByTenantSpaceId(services.repos, body.tenantId);
    if (!vdn) throw auth.vdnId !== null ? cmsFailure('insufficientPermission') : cmsFailure('invalidParameter', 'tenantId does not exist');
    if (body.vdn !== undefined && body.vdn !== vdn.vdnId) throw cmsFailure('invalidParameter', 'vdn and tenantId name different tenants');
    if (body.subCcNo !== undefined && body.subCcNo !== subCcNo) throw cmsFailure('invalidParameter', 'subCcNo does not exist');
    return cmsTenant(services, auth, { ...ccId, vdn: vdn.vdnId });
  }
  if (body.vdn === undefined || body.subCcNo === undefined) throw cmsFailure('invalidParameter', 'subCcNo and vdn, or tenantId, must be set');
  if (body.subCcNo !== subCcNo) throw cmsFailure('invalidParameter', 'subCcNo does not exist');
  return cmsTenant(services, auth, { ...ccId, vdn: body.vdn });
}

/** Digits only, "up to 1000" (ref L60724). */
const numberList = Type.Array(Type.String({ minLength: 1, maxLength: 32, pattern: '^[0-9]+$' }), { minItems: 1, maxItems: 1000 });

/** The printed name of a counter: the inbound table writes `reserved_col1`, the outbound example `reservedCol1` (note 08 §4.15). */
const printedName = (direction: SettlementDirection, name: string) => (direction === 'in' ? name.replace(/^reservedCol/, 'reserved_col') : name);

function rowSchema(direction: SettlementDirection, numberField: string): TSchema {
  const header: Record<string, TSchema> = {
    beginLogDay: Type.String(),
    endLogDay: Type.String(),
    [numberField]: Type.String(),
    callType: Type.Integer(),
    vdn: Type.Integer(),
    serviceNo: Type.Integer(),
    orgCcNo: Type.Integer(),
    subCcNo: Type.Integer(),
    serCcNo: Type.Integer(),
    currentAgentId: Type.Integer(),
    currentSkillId: Type.Integer(),
    ...(direction === 'out' ? { obsServiceNo: Type.String() } : {}),
  };
  for (const name of printedCounters[direction]) header[printedName(direction, name)] = Type.Integer();
  return Type.Object(header);
}

interface SettlementSpec {
  section: string;
  name: string;
  summary: string;
  path: string;
  direction: SettlementDirection;
  /** The request's number list and the row's number field. */
  numbers: 'calleeNos' | 'callerNos';
  numberField: 'calleeNo' | 'callerNo';
}

export function settlementEndpoint(spec: SettlementSpec) {
  return defineEndpoint({
    section: spec.section,
    name: spec.name,
    summary: spec.summary,
    method: 'POST',
    path: spec.path,
    auth: 'C2-any',
    envelope: cmsEnvelope,
    keyAliases: cmsKeyAliases,
    body: Type.Object({
      [spec.numbers]: numberList,
      beginLogDay: Type.String({ maxLength: 10 }),
      endLogDay: Type.String({ maxLength: 10 }),
      callTypes: Type.Array(Type.Integer({ minimum: 0, maximum: 255 }), { minItems: 1, maxItems: 1000 }),
      skillIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 2000 }), { maxItems: 1000 })),
      subCcNo: Type.Optional(Type.Integer()),
      vdn: Type.Optional(vdnIdSchema),
      tenantId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
      ccId: Type.Optional(ccIdSchema),
    }),
    response: Type.Object({ resultDesc: Type.Array(rowSchema(spec.direction, spec.numberField)) }),
    errors: ['0100002', '0101003'],
    async handler({ body, auth, services }) {
      const request = body as unknown as SettlementRequest & Record<string, string[]>;
      const vdnId = await settlementTenant(services, auth, request);
      const range = logDayRange(request.beginLogDay, request.endLogDay);
      // Calls accepted before the query are settled before it is answered.
      await services.cti.records.flushed();
      const groups = await readSettlement(services.repos, vdnId, {
        direction: spec.direction,
        ...range,
        numbers: request[spec.numbers]!,
        callTypes: request.callTypes,
        ...(request.skillIds ? { skillIds: request.skillIds } : {}),
      });
      return {
        resultDesc: groups.map((g) => ({
          beginLogDay: request.beginLogDay.trim(),
          endLogDay: request.endLogDay.trim(),
          [spec.numberField]: g.number,
          callType: g.callType,
          vdn: vdnId,
          serviceNo: g.serviceNo,
          orgCcNo: subCcNo,
          subCcNo,
          serCcNo: subCcNo,
          currentAgentId: g.currentAgentId,
          currentSkillId: g.currentSkillId,
          ...(spec.direction === 'out' ? { obsServiceNo: g.obsServiceNo } : {}),
          ...Object.fromEntries(Object.entries(g.counters).map(([name, value]) => [printedName(spec.direction, name), value])),
        })),
      };
    },
  });
}
