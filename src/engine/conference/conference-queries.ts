import type { EngineCore } from '../core/index.ts';
import { conferenceById, conferences } from './conference-book.ts';
import type { Conference } from './conference-types.ts';

/** Table 6-349 / 6-350: one conference as queryconfinfos shows it. */
export function conferenceInfo(conf: Conference, nowMs: number) {
  const addresses = [];
  for (const p of conf.participants.values()) {
    if (p.state !== 'joined') continue;
    addresses.push({ addressType: p.addressType, address: p.address, deviceCallType: p.deviceCallType, deviceType: p.deviceType, channelAttrib: p.channelAttrib, channelState: p.channelState, role: p.role, enterTime: p.enterTimeMs ?? 0 });
  }
  return {
    confId: conf.confId,
    confState: conf.confState,
    startTime: conf.startTimeMs,
    applyConfTime: conf.applyConfTimeMin,
    confHaveBeenTime: Math.floor((nowMs - conf.startTimeMs) / 60_000),
    addresses,
  };
}

/**
 * CEC §6.1.6.18 queryconfinfos: the conferences named (at most 20, bounded by the interface) that
 * the asker may see: an inspector any of its tenant's, an agent only the one it is in (note 02
 * §5.8). Unknown or hidden ids are left out.
 */
export function queryConferences(engine: EngineCore, workNo: number, confIds: number[], tenantWide: boolean) {
  const confs = [];
  for (const confId of new Set(confIds)) {
    const conf = conferenceById(engine, confId);
    if (!conf || conf.phase !== 'active') continue;
    if (!tenantWide && ![...conf.participants.values()].some((p) => p.addressType === '9' && p.address === String(workNo) && p.state === 'joined')) continue;
    confs.push(conferenceInfo(conf, engine.now()));
  }
  return { confs };
}

/** CEC §6.1.6.19 queryvdnconfid: the ids of the tenant's ongoing conferences. */
export function ongoingConferenceIds(engine: EngineCore): number[] {
  const ids: number[] = [];
  for (const conf of conferences(engine)) if (conf.phase === 'active') ids.push(conf.confId);
  return ids;
}
