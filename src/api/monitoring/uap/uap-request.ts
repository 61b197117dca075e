import { cmsResultCodes } from '../../../domain/monitoring/index.ts';
import type { ApiServices } from '../../services.ts';
import { uapSamples } from '../../../services/system-indicators/system-indicator-store.ts';
import type { OfficeSample, TerminalSample } from '../../../telephony/sim/index.ts';
import { checkCcId, sampleWindow } from '../system/system-request.ts';

/**
 * The simulated UAP of §12.3.6.1–.5 (decision 0840): one UAP ("single mode", ref L63119), id 0,
 * at the server's SIP address, so that results are keyed `"{uapIp}#0"`.
 */
export const uapId = 0;

export function uapIp(services: ApiServices): string {
  return services.settings.sipHost;
}

export function uapKey(services: ApiServices): string {
  return `${uapIp(services)}#${uapId}`;
}

/** Whether a `uapIP` filter (absent or empty: every UAP) selects this UAP. */
function selectsThisUap(services: ApiServices, ip: string | undefined): boolean {
  return ip === undefined || ip === '' || ip === uapIp(services);
}

/** The codes of the UAP interfaces, in precedence order (note 08 §6.4). */
export const uapErrors = [cmsResultCodes.invalidParameter, cmsResultCodes.numberNotOnUap, cmsResultCodes.insufficientPermission, cmsResultCodes.unknown] as const;

/** What a sample query (12.3.6.4, .5) reads once its request is checked: the window's samples and the ids to report. */
export async function uapSampleQuery(
  services: ApiServices,
  body: { ccId?: number; uapIP?: string; beginDate: string; endDate: string },
): Promise<{ offices: OfficeSample[]; terminals: TerminalSample[]; ccId: number; uapIp: string }> {
  checkCcId(services, body.ccId);
  const { fromMs, toMs } = sampleWindow(body);
  const ids = { ccId: services.settings.callCenterId, uapIp: uapIp(services) };
  // Another UAP's address filters everything out, as a query for a UAP without samples would.
  if (!selectsThisUap(services, body.uapIP)) return { offices: [], terminals: [], ...ids };
  // Every node's samples, stored or still in its memory, added up (decision 1732).
  const { nodeId, peers } = services.systemIndicators;
  const others = (await peers.others()).filter((n) => n.nodeId !== nodeId);
  return { ...(await uapSamples(services.repos, services.cti.uap, fromMs, toMs, { nodeId, others })), ...ids };
}
