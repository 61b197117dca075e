import type { TenantConfig } from '../../engine/index.ts';
import type { Repositories } from '../../store/index.ts';
import { isPhoneNumber, pageOf } from './number-rules.ts';
import { done, refused, type SystemCallOutcome } from './system-call-outcome.ts';
import { systemCallSettings } from './system-call-settings.ts';

/** CEC §6.2.6 (ref L17215): limit defaults to 100; we serve at most 1000 a page (decision 0425). */
export const phonePageMax = 1000;

export interface Softphone {
  phoneNum: string;
  password: string;
  workNo: number;
  userName: string;
}

/**
 * CEC §6.2.6/§6.2.7 queryPhone: the softphone numbers allocated to the tenant's agents, in number
 * order, each with its SIP password (the mobile agent registers with it; the reference's examples
 * mask it for print, decision 0427). Codes: 4 paging, 2 no softphone at all.
 */
export async function listSoftphones(repos: Repositories, vdnId: number, page: { offset?: string | undefined; limit?: string | undefined }): Promise<SystemCallOutcome<{ total: number; phones: Softphone[]; tenantSpaceId: string }>> {
  const paging = pageOf(page.offset, page.limit, phonePageMax);
  if (!paging) return refused('4', 'The limit or offset pagination data is incorrect.');
  const agents = await repos.agents.listAll(vdnId);
  const byNumber = new Map<string, Softphone>();
  for (const agent of agents) {
    if (agent.sipAccount && !byNumber.has(agent.sipAccount)) byNumber.set(agent.sipAccount, { phoneNum: agent.sipAccount, password: agent.sipPwd, workNo: agent.workNo, userName: agent.userName });
  }
  if (byNumber.size === 0) return refused('2', 'The mobile agent information is empty.');
  const phones = [...byNumber.values()].sort((a, b) => (a.phoneNum < b.phoneNum ? -1 : a.phoneNum > b.phoneNum ? 1 : 0));
  const { tenantSpaceId } = await systemCallSettings(repos, vdnId, 'bidirectionalCall');
  return done({ total: phones.length, phones: phones.slice(paging.offset, paging.offset + paging.limit), tenantSpaceId });
}

/**
 * CEC §6.2.8 getCalledInfo (ref L17442–17535): what the tenant's called-party configuration routes
 * `called` to: devType 0 with the skill queue, or devType 1 with the number of the IVR flow it
 * reaches. The longest configured access code + extension that begins the number wins, as for an
 * inbound call. Codes: 4 the number cannot be read, 5 it is not configured (example ref L17531).
 */
export function calledInfo(config: TenantConfig, input: { caller?: string | undefined; called?: string | undefined }): SystemCallOutcome<Record<string, unknown>> {
  const called = input.called?.trim() ?? '';
  const caller = input.caller?.trim() ?? '';
  if (!isPhoneNumber(called) || !isPhoneNumber(caller)) return refused('4', 'The called party ID cannot be obtained.');
  const route = [...config.routes].sort((a, b) => (b.accessCode + b.extCode).length - (a.accessCode + a.extCode).length).find((r) => called.startsWith(r.accessCode + r.extCode));
  if (route?.deviceType === 1) {
    const skill = config.skills.get(route.deviceId);
    if (skill) return done({ devType: 0, called, skillId: skill.skillId, skillName: skill.name });
  }
  if (route?.deviceType === 3) {
    const flow = config.ivrFlows.get(route.deviceId);
    if (flow) return done({ devType: 1, called: flow.accessCode });
  }
  return refused('5', 'Called is not configured');
}
