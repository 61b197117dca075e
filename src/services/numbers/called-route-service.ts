import type { CalledRouteRejection } from '../../domain/config/called-route-rejection.ts';
import { checkExtCode, checkRouteTarget, routeMayBeEdited, routeNumber, type RouteDevices } from '../../domain/config/called-route-rules.ts';
import { deletionSummary, parseDnids, planRouteDeletion } from '../../domain/config/called-route-deletion.ts';
import { accept, refuse, type Checked } from '../../domain/config/skill-rejection.ts';
import { inTransaction } from '../../store/index.ts';
import { tenantLockKey, type ConfigServiceDeps } from '../skills/config-service-deps.ts';

/** The called-route writes also allocate the 19-digit route ids. */
export interface NumberServiceDeps extends ConfigServiceDeps {
  readonly ids: { next(): string };
}

/**
 * The called-route writes of §5.3.2–5.3.4. Each runs under the tenant's lock: it loads what the
 * rules need, applies the pure rules of src/domain/config, writes, and tells the CTI engine that
 * the tenant's routes changed.
 */

async function routeDevices(deps: ConfigServiceDeps, vdnId: number): Promise<RouteDevices> {
  const [skills, flows] = await Promise.all([deps.repos.skills.listAll(vdnId), deps.repos.ivr.listFlows(vdnId)]);
  return {
    skills: new Map(skills.map((s) => [s.skillId, { mediaTypeId: s.mediaTypeId, name: s.name }] as const)),
    ivrFlows: new Map(flows.map((f) => [f.flowId, { description: f.description }] as const)),
  };
}

export interface NewRouteRequest {
  accessCode: string;
  extCode?: string;
  mediaTypeId?: number | null;
  devicetype: number;
  deviceid: number;
}

/**
 * CEC §5.3.2: binds `accessCode + extCode` of the tenant to a skill queue or an IVR flow. The
 * access code must be one of the tenant's (§5.3.1) and the number may be bound once (decision
 * 0203); the new route gets the next dnid of the tenant and a 19-digit id, and is editable ("0").
 */
export function createCalledRoute(deps: NumberServiceDeps, vdnId: number, request: NewRouteRequest): Promise<Checked<{ id: string; dnid: number }, CalledRouteRejection>> {
  const extCode = checkExtCode(request.extCode ?? '');
  if (!extCode.ok) return Promise.resolve(extCode);
  const accessCodeText = request.accessCode.trim();
  return deps.tenantLocks.run(tenantLockKey(vdnId), async () => {
    const accessCode = await deps.repos.numbers.findAccessCode(vdnId, accessCodeText);
    if (!accessCode) return refuse({ tag: 'AccessCodeUnknown', accessCode: accessCodeText } as const);
    const target = checkRouteTarget(
      { accessCode, deviceType: request.devicetype, deviceId: request.deviceid, ...(request.mediaTypeId != null ? { mediaTypeId: request.mediaTypeId } : {}) },
      await routeDevices(deps, vdnId),
    );
    if (!target.ok) return target;
    const number = { accessCode: accessCode.accessCode, extCode: extCode.value };
    if (await deps.repos.numbers.findRouteByNumber(number.accessCode, number.extCode)) return refuse({ tag: 'NumberTaken', number: routeNumber(number) } as const);
    const id = deps.ids.next();
    const dnid = await inTransaction(deps.store, async (repos) => {
      const allocated = await repos.idCounters.next(`dnid:${vdnId}`);
      await repos.numbers.insertRoute({ id, vdnId, dnid: allocated, ...number, ...target.value, editable: '0' });
      return allocated;
    });
    deps.configChanges.publish({ vdnId, what: 'routes' });
    return accept({ id, dnid });
  });
}

/**
 * CEC §5.3.4: points an existing route (by its long id) at another skill queue or IVR flow. A
 * route flagged "1" or "3" cannot be edited (ref L6043). A skill-queue route takes its skill's
 * media type; an IVR route keeps its own.
 */
export function modifyCalledRoute(deps: NumberServiceDeps, vdnId: number, id: string, devicetype: number, deviceid: number): Promise<Checked<null, CalledRouteRejection>> {
  return deps.tenantLocks.run(tenantLockKey(vdnId), async () => {
    const route = await deps.repos.numbers.findRoute(vdnId, id.trim());
    if (!route) return refuse({ tag: 'RouteNotFound', id } as const);
    if (!routeMayBeEdited(route.editable)) return refuse({ tag: 'RouteNotEditable', id, editable: route.editable ?? '' } as const);
    // A route whose access code was withdrawn keeps the media type it was created with.
    const accessCode = (await deps.repos.numbers.findAccessCode(vdnId, route.accessCode)) ?? { accessCode: route.accessCode, mediaTypeId: route.mediaTypeId ?? 5 };
    const keepMedia = devicetype === 3 && route.mediaTypeId !== null ? { mediaTypeId: route.mediaTypeId } : {};
    const target = checkRouteTarget({ accessCode, deviceType: devicetype, deviceId: deviceid, ...keepMedia }, await routeDevices(deps, vdnId));
    if (!target.ok) return target;
    await deps.repos.numbers.updateRoute(vdnId, route.id, target.value);
    deps.configChanges.publish({ vdnId, what: 'routes' });
    return accept(null);
  });
}

export interface RouteDeletionResult {
  data: { id: string; name: string; content: string };
}

/**
 * CEC §5.3.3: deletes routes by dnid, at most `dnidsMax`. Routes flagged "2" or "3" are kept and
 * reported in `content` as "Failed" (ref L5861); an unknown dnid refuses the request (decision 0203).
 */
export function deleteCalledRoutes(deps: NumberServiceDeps, vdnId: number, dnidsText: string, dnidsMax: number): Promise<Checked<RouteDeletionResult, CalledRouteRejection>> {
  const parsed = parseDnids(dnidsText, dnidsMax);
  if (!parsed.ok) return Promise.resolve(parsed);
  return deps.tenantLocks.run(tenantLockKey(vdnId), async () => {
    const routes = await deps.repos.numbers.listRoutesByDnid(vdnId, parsed.value);
    const plan = planRouteDeletion(parsed.value, routes);
    if (!plan.ok) return plan;
    await inTransaction(deps.store, (repos) => repos.numbers.deleteRoutes(vdnId, plan.value.deleted.map((r) => r.id)));
    deps.configChanges.publish({ vdnId, what: 'routes' });
    return accept({ data: deletionSummary(plan.value) });
  });
}
