import { CecError } from '../../http/cec-error.ts';
import type { Variables } from '../../domain/chatbot/index.ts';
import type { DialogRequest } from './ports.ts';

/** What an init (inaction 8) brings (ref L32911–32951). */
export interface InitParams {
  callSorId: string;
  callDstId: string;
  ctiCallId: string | null;
  regionId: string;
  entranceId: string;
  channelType: string;
  /** Text channel (chat): prompts are text, prompt_type 3. */
  text: boolean;
  /** inparams and extparams as flow variables. */
  variables: Variables;
}

const malformed = (message: string) => new CecError('10000002', message, { httpStatus: 400 });

/** A string field: numbers are accepted as text (note 05 §3.7); objects are not. */
function text(bag: Record<string, unknown>, name: string, max: number, required: boolean): string {
  const value = bag[name];
  if (value === undefined || value === null || value === '') {
    if (required) throw malformed(`inparams.${name} is mandatory`);
    return '';
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw malformed(`inparams.${name} must be a string`);
  const s = String(value);
  if (s.length > max) throw malformed(`inparams.${name} is longer than ${max} characters`);
  return s;
}

function flat(bag: Record<string, unknown> | undefined): Variables {
  const out: Variables = {};
  for (const [k, v] of Object.entries(bag ?? {})) if (v !== null && typeof v !== 'object' && k !== 'auth_token') out[k] = String(v);
  return out;
}

/**
 * Reads the inparams/extparams of a dialog request leniently: numbers as strings, any spelling of
 * the documented limits enforced (ref L32915–32929, L33255), extparams accepted with every inaction
 * (note 05 §8.5 item 18). Violations are HTTP 400 with ret 10000002 (decision 1001).
 */
export function readInparams(request: DialogRequest) {
  const inparams = request.inparams;
  const ext = request.extparams ?? {};
  const callId = text(inparams, 'call_id', 64, false);
  if (callId && callId !== request.userid) throw malformed('inparams.call_id must equal userid');
  return {
    init(): InitParams {
      const callSorId = text(inparams, 'call_sor_id', 64, true);
      const callDstId = text(inparams, 'call_dst_id', 20, true);
      const ctiCallId = text(inparams, 'cti_callid', 32, false) || null;
      text(inparams, 'real_callee', 32, false);
      const channelType = text(inparams, 'channelType', 32, false);
      const mediaType = text(inparams, 'mediaType', 32, false).toLowerCase();
      return {
        callSorId,
        callDstId,
        ctiCallId,
        regionId: text(inparams, 'suilu_region_id', 64, false),
        entranceId: text(inparams, 'entrance_id', 8, false),
        channelType,
        text: channelType !== '' || mediaType === 'text',
        variables: { ...flat(ext), ...flat(inparams), call_id: request.userid },
      };
    },
    /** The caller's input of inaction 9 (text, DTMF, a recognition id, or a keyword). */
    input(): { text: string; resultType: number } {
      if (request.inaction === 11) return { text: text(inparams, 'input', 1024, false), resultType: -1 };
      // The answer to a queue query (outaction 12) is its extparams; input may be empty then.
      const answersQuery = request.inaction === 12 || Object.keys(ext).length > 0;
      const required = request.inaction === 9 && !answersQuery;
      const resultType = Number(text(inparams, 'flow_result_type', 4, required && inparams.input !== 'hangup') || '-1');
      if (!Number.isInteger(resultType)) throw malformed('inparams.flow_result_type must be 1, 2, 3, 4 or -1');
      return { text: text(inparams, 'input', 1024, required).trim(), resultType };
    },
    feedback(): number | undefined {
      const f = text(inparams, 'feedback', 2, false);
      return f === '' ? undefined : f === '1' ? 1 : 0;
    },
    transferSucceeded(): boolean {
      return text(inparams, 'trans_result', 8, true) === '0';
    },
    recordResult(): string {
      return text(inparams, 'record_result', 8, false) || 'N/A';
    },
    /** Queue results of an outaction 12 and other extparams become flow variables. */
    extVariables(): Variables {
      return flat(ext);
    },
  };
}
