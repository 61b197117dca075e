import type { DialogOutput, DialogState } from './dialog-state.ts';
import { dialogTime } from './times.ts';

/** The call facts outparams repeat (ref L32911–32951). */
export interface CallFacts {
  callId: string;
  callSorId: string;
  callDstId: string;
  startedAtMs: number;
  regionId: string;
  entranceId: string;
  /** A packet-capture session is open: recognition goes through it (ref L33039). */
  capture: boolean;
  /** 1 when the reply was written by a silent agent (ref L33035). */
  responseSource: '0' | '1';
}

/**
 * The outparams of one outaction, every value a string as in the examples (ref L33072–33236;
 * note 05 §8.5 items 19–22). Pure.
 */
export function outparams(out: DialogOutput, state: DialogState, call: CallFacts, nowMs: number): Record<string, string> {
  const interIdx = String(state.interIdx);
  switch (out.outaction) {
    case 9:
      return {
        call_id: call.callId,
        prompt_type: out.promptType,
        prompt_wav: out.wav,
        prompt_text: out.text,
        language: state.language,
        inter_idx: interIdx,
        model_type: out.modelType,
        timeout: String(out.timeout),
        tone: '',
        grammar: '',
        flowRecordFlag: '1',
        responseSource: call.responseSource,
        ...(call.capture ? { specialRecognize: '1' } : {}),
      };
    case 10:
      return {
        call_id: call.callId,
        call_sor_id: call.callSorId,
        call_dst_id: call.callDstId,
        start_time: dialogTime(call.startedAtMs),
        end_time: dialogTime(nowMs),
        release_reason: out.releaseReason,
        region_id: call.regionId,
        entrance_id: call.entranceId,
        exit_id: call.entranceId,
        user_type_id: '',
        suilu_region_id: call.regionId,
      };
    case 11:
      return {
        call_id: call.callId,
        call_sor_id: call.callSorId,
        trans_type: String(out.transType),
        route_value: out.routeValue,
        trans_data: out.transData,
        calling_num: out.callingNum,
        record_path: out.recordPath,
        inter_idx: interIdx,
        trans_idx: String(state.transIdx),
      };
    case 12:
      return {
        call_id: call.callId,
        prompt_type: String(out.promptType),
        ...(out.promptType === 2 ? { skill_id: out.skillId } : {}),
        ...(out.promptType === 5 ? { changeType: '3' } : {}),
        moduleName: out.moduleName,
        inter_idx: interIdx,
      };
  }
}
