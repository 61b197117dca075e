import type { PlayListEntry } from '../../services/voice-notification/index.ts';

/**
 * The keys of a playList entry as the reference prints them (Table 14-8 and its examples, ref
 * L69670–69700 and L69790): `voiceId` appears as `voiceld` and `voicelid`, `templateId` as
 * `templated`, `templatelid` and `templateld`; any case is accepted.
 */
const entryKeys: Record<string, keyof PlayListEntry> = {
  voiceid: 'voiceId',
  voiceld: 'voiceId',
  voicelid: 'voiceId',
  voicefilename: 'voiceFileName',
  templateid: 'templateId',
  templated: 'templateId',
  templatelid: 'templateId',
  templateld: 'templateId',
  templateparams: 'templateParams',
};

export function readPlayListEntry(raw: unknown): PlayListEntry {
  const entry: PlayListEntry = {};
  if (!raw || typeof raw !== 'object') return entry;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const name = entryKeys[key.toLowerCase()];
    if (!name || value === null || value === undefined) continue;
    if (name === 'templateParams') entry.templateParams = value;
    else if (String(value).trim() !== '') entry[name] = String(value).trim();
  }
  return entry;
}
