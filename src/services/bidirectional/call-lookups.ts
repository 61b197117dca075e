import type { EngineCore } from '../../engine/index.ts';
import type { CdrRow, Repositories, SystemCallRow } from '../../store/index.ts';
import { done, refused, type SystemCallOutcome } from './system-call-outcome.ts';
import { systemCallSettings } from './system-call-settings.ts';

/** What 6.2.11 and 6.2.12 know of a call, from the live engine, the CDR and the system-call table. */
interface CallFacts {
  callId: string;
  caller: string;
  called: string;
  callData: string;
  /** Table 6-455 call type (feature). */
  callType: number;
  /** 1 voice, 2 video (6.2.11 Table 6-392). */
  mediaAbility: number;
  skillId: number | null;
  beginMs: number;
  /** The agents that took part (work numbers as text). */
  agents: Set<string>;
  system: SystemCallRow | undefined;
}

/** CDR media types (13.2.3.8): 19 and 18 are video; everything else reads as voice here. */
const mediaAbilityOf = (mediaType: number): number => (mediaType === 19 || mediaType === 18 ? 2 : 1);

async function callFacts(repos: Repositories, engine: EngineCore, vdnId: number, callId: string): Promise<CallFacts | undefined> {
  const [rows, system] = await Promise.all([repos.ctiRecords.cdrsOfCall(vdnId, callId), repos.systemCalls.byCallId(vdnId, callId)]);
  const live = engine.calls.get(callId);
  if (!live && rows.length === 0 && !system) return undefined;
  const first: CdrRow | undefined = rows[0];
  const agents = new Set(rows.map((r) => r.agentId).filter((id) => id !== '' && id !== '0'));
  if (live) for (const workNo of live.agents) agents.add(String(workNo));
  if (system?.serviceNo) agents.add(system.serviceNo);
  return {
    callId,
    // A system call's caller is party A (the customer manager), not the number shown to B.
    caller: system?.caller ?? live?.caller ?? first?.callerNo ?? '',
    called: system?.called ?? live?.called ?? first?.calleeNo ?? '',
    callData: live?.callData ?? system?.callData ?? '',
    callType: live?.feature ?? first?.callType ?? 7,
    mediaAbility: live ? (live.mediaAbility === 2 ? 2 : 1) : mediaAbilityOf(first?.mediaType ?? 5),
    skillId: live?.currentSkillId ?? first?.currentSkillId ?? first?.skillId ?? null,
    beginMs: live?.createdAtMs ?? system?.startMs ?? first?.openedAtMs ?? 0,
    agents,
    system,
  };
}

/** `yyyy-MM-dd HH:mm:ss` in UTC (6.2.11 example ref L17831: "2022-05-12 01:01:33", decision 0423). */
function dateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** A number as the example prints it (6.2.12 `"caller": 70004`): a JSON number when it is one safely. */
function numberOrText(value: string): number | string {
  return /^\d{1,15}$/.test(value) && !value.startsWith('0') ? Number(value) : value;
}

export interface CallLookup {
  callId?: string | undefined;
  userId?: string | undefined;
  tenantId?: string | undefined;
  agentId?: string | undefined;
}

/** The call named by a 6.2.11/6.2.12 request: in the caller's tenant, whose tenant space id the request must give. */
async function lookUp(repos: Repositories, engine: EngineCore, vdnId: number, input: CallLookup): Promise<SystemCallOutcome<CallFacts>> {
  const { tenantSpaceId } = await systemCallSettings(repos, vdnId, 'bidirectionalCall');
  if (input.tenantId?.trim() !== tenantSpaceId) return refused('500', `The tenant ${input.tenantId ?? ''} is not the caller's tenant space.`);
  const facts = await callFacts(repos, engine, vdnId, input.callId!.trim());
  return facts ? done(facts) : refused('500', `The call ${input.callId} does not exist.`);
}

/**
 * CEC §6.2.11 queryUserContactLimit (ref L17737–17835): the contact record of a call: its SN (a
 * system call's, else none), the account asking (`countId`, the userId as in the example), the
 * media, channel, start time and call type. Session reasons (`talkReason`) are not recorded: the
 * reference names them only in this reply (ref L17781), and none of its interfaces (the gateway's
 * calldata, setcalldataex, the sign-out and busy reason codes included) files one for a call.
 */
export async function contactRecord(repos: Repositories, engine: EngineCore, vdnId: number, input: CallLookup): Promise<SystemCallOutcome<Record<string, unknown>>> {
  const found = await lookUp(repos, engine, vdnId, input);
  if (!found.ok) return found;
  const call = found.value;
  return done({
    ...(call.system ? { callSerialno: call.system.callSerialNo } : {}),
    countId: input.userId!.trim(),
    callId: call.callId,
    mediaAbility: call.mediaAbility,
    channelType: 1,
    beginTime: dateTime(call.beginMs),
    callType: call.callType,
  });
}

/**
 * CEC §6.2.12 queryCallInfoByCallId (ref L17837–17937): a call's parties, media, call data, skill
 * and type, for an agent who took part in it (an agent of the tenant who did not is refused).
 */
export async function callInformation(repos: Repositories, engine: EngineCore, vdnId: number, input: CallLookup): Promise<SystemCallOutcome<Record<string, unknown>>> {
  const found = await lookUp(repos, engine, vdnId, input);
  if (!found.ok) return found;
  const call = found.value;
  if (!call.agents.has(input.agentId!.trim())) return refused('500', `The agent ${input.agentId} did not take part in the call ${call.callId}.`);
  const skill = call.skillId !== null ? engine.config.skills.get(call.skillId) : undefined;
  return done({
    caller: numberOrText(call.caller),
    called: numberOrText(call.called),
    mediaAbility: call.mediaAbility,
    calldata: call.callData,
    callId: call.callId,
    ...(skill ? { callSkillId: skill.skillId, callSkill: skill.name } : {}),
    callType: call.callType,
  });
}
