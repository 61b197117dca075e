import { startNotificationCall, type SystemCallProgress, type SystemCallStep } from '../../engine/index.ts';
import type { SystemCallRow } from '../../store/index.ts';
import { decodeCallbackUrl, done, isPhoneNumber, notificationReleaseBody, presentNumber, queueReleaseCallback, refused, runSystemCall, systemCallSettings, type SystemCallDeps, type SystemCallOutcome, type SystemCallSettings } from '../bidirectional/index.ts';
import { resolvePlayListEntry, resolveVoiceContent, type PlayItem, type PlayListEntry } from './play-items.ts';
import { prepareAudio } from './prepare-audio.ts';

/** CEC §14.3 (ref L69690): playTimes 1–5, default 1; the playList holds 1–5 entries (ref L69667). */
export const playTimesMax = 5;
export const playListLengthMax = 5;

export interface VoiceNotificationInput {
  called?: string | undefined;
  callerPresent?: string | null | undefined;
  callbackUrl?: string | undefined;
  priority?: string | undefined;
  /** V1 (§14.2) */
  voiceContent?: string | undefined;
  /** V2 (§14.3) */
  playList?: readonly PlayListEntry[] | undefined;
  playTimes?: number | undefined;
}

/** The checks common to V1 and V2, in Table 14-10's order: called 5, callerPresent 7, callbackUrl 9, priority 36, trial 16. */
async function commonChecks(deps: SystemCallDeps, vdnId: number, input: VoiceNotificationInput) {
  const called = input.called?.trim() ?? '';
  if (!called || !isPhoneNumber(called)) return refused<never>('5', 'The value of called is not transferred, or the format does not match the rule.');
  const settings = await systemCallSettings(deps.repos, vdnId, 'voiceNotification');
  const callerPresent = presentNumber(input.callerPresent ?? undefined, settings);
  if (callerPresent === null) return refused<never>('7', 'callerPresent fails to pass the verification.');
  let callbackUrl: string | null = null;
  if (input.callbackUrl?.trim()) {
    const decoded = decodeCallbackUrl(input.callbackUrl, settings.callbackTrustlist);
    if (!decoded.ok) return refused<never>('9', decoded.reason);
    callbackUrl = decoded.url;
  }
  const priorityText = input.priority === undefined || input.priority === null || String(input.priority).trim() === '' ? '9' : String(input.priority).trim();
  if (!/^[1-9]$/.test(priorityText)) return refused<never>('36', 'The value of priority is in an incorrect format.');
  if (settings.trial && !settings.trialTrustlist.includes(called)) return refused<never>('16', 'The tenant is in trial commercial use state, and the called number is not in the trustlist.');
  if (await deps.repos.systemCalls.liveBetween(vdnId, '3', callerPresent, called)) return refused<never>('1', 'A task is in progress. Try again later.');
  return done({ called, callerPresent, callbackUrl, priority: Number(priorityText), settings });
}

/** CEC §14.2 createVoiceNotification V1: voiceContent of voice ids and texts, played once. */
export async function createVoiceNotificationV1(deps: SystemCallDeps, vdnId: number, input: VoiceNotificationInput): Promise<SystemCallOutcome<{ callSerialNo: string }>> {
  const common = await commonChecks(deps, vdnId, input);
  if (!common.ok) return common;
  const items = await resolveVoiceContent(deps.repos, vdnId, input.voiceContent);
  if (!items.ok) return items;
  return startNotification(deps, vdnId, common.value, items.value, 1, { voiceContent: input.voiceContent });
}

/** CEC §14.3 createVoiceNotification V2: a playList of voice ids, file names and filled TTS templates, played playTimes times. */
export async function createVoiceNotificationV2(deps: SystemCallDeps, vdnId: number, input: VoiceNotificationInput): Promise<SystemCallOutcome<{ callSerialNo: string }>> {
  const common = await commonChecks(deps, vdnId, input);
  if (!common.ok) return common;
  const playTimes = input.playTimes ?? 1;
  if (!Number.isInteger(playTimes) || playTimes < 1 || playTimes > playTimesMax) return refused('10', 'The value of playTimes must be greater than or equal to 1 and less than or equal to 5.');
  const list = input.playList ?? [];
  if (list.length === 0 || list.length > playListLengthMax) return refused('11', 'The playList array is empty or the array size is greater than 5.');
  const items: PlayItem[] = [];
  for (const entry of list) {
    const item = await resolvePlayListEntry(deps.repos, vdnId, entry);
    if (!item.ok) return item;
    items.push(item.value);
  }
  return startNotification(deps, vdnId, common.value, items, playTimes, { playList: list, playTimes });
}

type Checked = { called: string; callerPresent: string; callbackUrl: string | null; priority: number; settings: SystemCallSettings };

async function startNotification(deps: SystemCallDeps, vdnId: number, checked: Checked, items: PlayItem[], playTimes: number, request: Record<string, unknown>): Promise<SystemCallOutcome<{ callSerialNo: string }>> {
  const callSerialNo = deps.ids.next();
  let audio;
  try {
    audio = await prepareAudio(deps.files, vdnId, callSerialNo, items);
  } catch (error) {
    deps.log.error({ err: error, callSerialNo }, 'preparing voice notification audio failed');
    return refused('3', 'Creation failed. No call SN is generated.');
  }
  const now = deps.clock.now();
  const row = { callSerialNo, vdnId, taskType: '3', callId: null, caller: checked.callerPresent, called: checked.called, callerPresent: checked.callerPresent, agentPresent: '', serviceNo: '', callData: '', callbackUrl: checked.callbackUrl, state: 0, reasonCode: null, startMs: now, endMs: null, agentAlertingMs: null, agentTalkingMs: null, agentReleaseMs: null, alertingMs: null, talkingMs: null, releaseMs: null, recordFile: null, detail: JSON.stringify({ ...request, priority: checked.priority, audio }) };
  await runSystemCall(
    deps,
    row,
    (engine, observe) => startNotificationCall(engine, { callSerialNo, called: checked.called, callerPresent: checked.callerPresent, itemDurationsMs: audio.durationsMs, playTimes, priority: checked.priority }, observe),
    notificationCallbacks(deps, row, checked.settings),
  );
  return done({ callSerialNo });
}

function notificationCallbacks(deps: SystemCallDeps, call: Pick<SystemCallRow, 'vdnId' | 'callSerialNo' | 'caller' | 'called' | 'callerPresent' | 'serviceNo' | 'callData' | 'callbackUrl'>, settings: SystemCallSettings) {
  return async (step: SystemCallStep, progress: Readonly<SystemCallProgress>): Promise<void> => {
    if (step === 'released') await queueReleaseCallback(deps, 'voice-notification-release', call, settings.hangupCallbackUrl, settings.appSecret, notificationReleaseBody(call, progress));
  };
}
