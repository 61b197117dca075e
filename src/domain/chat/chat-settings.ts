import { parseWorkingTime, type WorkingPeriod } from './working-time.ts';

/**
 * A tenant's web chat configuration (tenant file `settings.chat`, docs/tenant-file.md). The
 * reference configures channels in the console ("Service Channel Configuration", note 06 §4.1)
 * and has no interface for them, so the tenant file carries them (decision 1101).
 */
export interface ChatChannelConfig {
  /** The "Configuration ID" the customer sends as `to` / `channelId` (note 06 §4.1). */
  channelConfigId: string;
  /** The multimedia skill queue chats of this channel wait in. */
  skillId: number;
  /** Whether CONNECT goes to the chatbot first (when a bot is plugged in; otherwise straight to the queue). */
  robot: boolean;
  /** Leave-message mode when no agent can take the chat (11.5 `offlineMsg`). */
  offline: { enabled: boolean; tipText: string };
  /** 11.9 checkClickToCallSupport. */
  clickToCallSupported: boolean;
  webRTCSupported: boolean;
  /** URL prefixes a WEBCARD `redirectUrl` must start with (11.5 resultCode 3). */
  redirectTrustList: readonly string[];
  /** When its agents serve chats (11.5 resultCode 12 outside); null: always (decision 1111). */
  workingTime: readonly WorkingPeriod[] | null;
}

export interface SatisfactionLevel {
  satisfactionLevelKey: string;
  satisfactionLevelDesc: string;
}

export interface ChatSettings {
  /** Concurrent chats an agent takes (6.1.5.2 setcallnums overrides it per agent, 1–60). */
  maxChatsPerAgent: number;
  /** Whether an agent at its chat limit is busy for voice too (decision 1101). */
  voiceBusyAtChatLimit: boolean;
  /** A session without `send` for this long is released (ref L39176 "default session duration"). */
  sessionIdleSeconds: number;
  channels: ReadonlyMap<string, ChatChannelConfig>;
  /** 11.20 getsatisfactionsurveymode. */
  satisfactionSurvey: { surveyType: 'WEB' | 'NO'; satisfactionLevel: readonly SatisfactionLevel[] };
  /** The access code click-to-dial calls dial (11.10; the demo's voice hotline). */
  clickToCallAccessCode: string;
  /** The VDN's IANA zone (`settings.timeZone`, decision 0750): working times are read in it. */
  timeZone: string;
}

/** 11.20's default level names (note 06 §4.1, SatisfactionSurveyConfig). */
export const defaultSatisfactionLevels: readonly SatisfactionLevel[] = ['Very dissatisfied', 'Dissatisfied', 'General', 'Satisfied', 'Very satisfied'].map((desc, i) => ({
  satisfactionLevelKey: String(i + 1),
  satisfactionLevelDesc: desc,
}));

export const chatCapacityMax = 60;
const defaults = { maxChatsPerAgent: 4, sessionIdleSeconds: 1800 };

const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
const int = (v: unknown, fallback: number, min: number, max: number) => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};
const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);

/** The chat settings of a tenant from its stored `settings.chat` (anything malformed falls back to the default). */
export function parseChatSettings(raw: unknown, defaultCallerNumber = '', timeZone = 'UTC'): ChatSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const channels = new Map<string, ChatChannelConfig>();
  for (const c of Array.isArray(s.channels) ? s.channels : []) {
    const ch = (c ?? {}) as Record<string, unknown>;
    const id = text(ch.channelConfigId, '');
    const skillId = int(ch.skillId, 0, 1, 2000);
    if (!id || !skillId) continue;
    const offline = (ch.offline ?? {}) as Record<string, unknown>;
    channels.set(id, {
      channelConfigId: id,
      skillId,
      robot: bool(ch.robot, false),
      offline: { enabled: bool(offline.enabled, false), tipText: text(offline.tipText, 'No agent is available. Please leave a message.') },
      clickToCallSupported: bool(ch.clickToCallSupported, true),
      webRTCSupported: bool(ch.webRTCSupported, true),
      redirectTrustList: Array.isArray(ch.redirectTrustList) ? ch.redirectTrustList.filter((u): u is string => typeof u === 'string') : [],
      workingTime: parseWorkingTime(ch.workingTime),
    });
  }
  const survey = (s.satisfactionSurvey ?? {}) as Record<string, unknown>;
  const levels = Array.isArray(survey.satisfactionLevel)
    ? survey.satisfactionLevel
        .map((l) => (l ?? {}) as Record<string, unknown>)
        .filter((l) => typeof l.satisfactionLevelKey === 'string' && typeof l.satisfactionLevelDesc === 'string')
        .map((l) => ({ satisfactionLevelKey: l.satisfactionLevelKey as string, satisfactionLevelDesc: l.satisfactionLevelDesc as string }))
    : [];
  return {
    maxChatsPerAgent: int(s.maxChatsPerAgent, defaults.maxChatsPerAgent, 1, chatCapacityMax),
    voiceBusyAtChatLimit: bool(s.voiceBusyAtChatLimit, false),
    sessionIdleSeconds: int(s.sessionIdleSeconds, defaults.sessionIdleSeconds, 10, 86_400),
    channels,
    satisfactionSurvey: { surveyType: survey.surveyType === 'NO' ? 'NO' : 'WEB', satisfactionLevel: levels.length > 0 ? levels : defaultSatisfactionLevels },
    clickToCallAccessCode: text(s.clickToCallAccessCode, defaultCallerNumber),
    timeZone,
  };
}
