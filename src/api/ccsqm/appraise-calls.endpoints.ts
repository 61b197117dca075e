import { Type } from '@sinclair/typebox';
import { normalise } from '../../domain/ccsqm/text-match.ts';
import { parseCall, registerRecording, recordingCallUuid, runInspection, type StoredCall } from '../../services/ccsqm/inspected-calls.ts';
import { asrTaskZip, createAsrTask, recordingByPath } from '../../services/ccsqm/asr-tasks.ts';
import { CecError } from '../../http/cec-error.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint } from './sqm-endpoint.ts';
import { callDetail, callSummary } from './appraise-views.ts';
import { id, int, limit, opt, page, text } from './sqm-schemas.ts';

/** CEC §12.2.12 qualitycheckmanage and §12.2.17 asrtrans (ref L49214–49809, L52748–53624). */
const sqm = '/CCSQM/rest/ccisqm/v1';
const isqm = '/CCISQM/rest/ccisqm/v1';
const bare = sqmModules.appraiseBare;
const dateTime = () => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$' });
const language = () => Type.Union([Type.Literal('zh_CN'), Type.Literal('en_US')]);
const nullableSeconds = () => opt(Type.Union([Type.Null(), int({ minimum: 0 })]));
const recordingBody = Type.Object({ language: language(), voiceFilePath: Type.String({ minLength: 1, maxLength: 512 }), agentId: Type.String({ minLength: 1, maxLength: 32 }), beginTime: dateTime(), endTime: dateTime() });
/** 12.2.17.2 and 12.2.17.5 take the same recording (by path) and answer in the ASR module. */
const fromRecording = {
  envelope: sqmModules.asr, userId: 'none', body: recordingBody,
  gaps: 'Transcripts come from the simulator sidecars; no offline ASR engine is plugged in for real audio.',
} as const;

async function requireCall(ctx: { services: { repos: { sqm: { findCall(v: number, u: string): Promise<unknown> } } }; vdnId: number }, callUuid: string): Promise<StoredCall> {
  const row = await ctx.services.repos.sqm.findCall(ctx.vdnId, callUuid);
  // An unknown call is the documented business failure (HTTP 500, note 07 §5.B.12).
  if (!row) throw bare.fail('notFound', `Business failure. The call ${callUuid} does not exist.`);
  return parseCall(row as never);
}

const detailBody = Type.Object({ call_uuid: id(128) });

/** One call with its transcript: the same interface on both prefixes, with their own headers (12.2.12.2, 12.2.17.3). */
function detailEndpoint(section: string, name: string, path: string, userId: 'mandatory' | 'none') {
  return sqmEndpoint({
    section, name, summary: 'Querying an inspected call with its transcript',
    path, envelope: bare, userId, siblingPrefix: false,
    body: detailBody,
    async handler(ctx) {
      return callDetail(await requireCall(ctx, ctx.body.call_uuid));
    },
  });
}

export const appraiseCallEndpoints = [
  sqmEndpoint({
    section: '12.2.12.1', name: 'appraisecall/details', summary: 'Searching inspected calls',
    path: `${sqm}/appraisecall/details`, envelope: bare, userId: 'mandatory',
    body: Type.Object({
      call_from: nullableSeconds(), call_to: nullableSeconds(), call_types: Type.Array(Type.Union([Type.Literal(0), Type.Literal(2)]), { minItems: 1 }),
      limit: limit(1000), page: page(), status: Type.Array(int({ minimum: 0, maximum: 99 }), { minItems: 1 }), keyword: opt(text(128)),
      staff_id: opt(text(64)), staff_name: opt(text(128)),
      // Mandatory but null in the example (note 07 §8.4 item 60): null is unbounded.
      upload_from: Type.Union([Type.Null(), int({ minimum: 0 })]), upload_to: Type.Union([Type.Null(), int({ minimum: 0 })]),
      duration_min: nullableSeconds(), duration_max: nullableSeconds(),
    }),
    async handler({ body, services, vdnId }) {
      const rows = await services.repos.sqm.listCalls(vdnId, { callTypes: body.call_types, statuses: body.status, ...(body.call_from != null ? { callFromMs: body.call_from * 1000 } : {}), ...(body.call_to != null ? { callToMs: body.call_to * 1000 } : {}), ...(body.staff_id ? { staffIds: [body.staff_id] } : {}) });
      const keyword = body.keyword ? normalise(body.keyword) : '';
      const calls = rows.map(parseCall).filter(({ call }) =>
        (body.upload_from == null || call.upload_time >= body.upload_from) && (body.upload_to == null || call.upload_time <= body.upload_to) &&
        (body.duration_min == null || call.duration >= body.duration_min) && (body.duration_max == null || call.duration <= body.duration_max) &&
        (!body.staff_name || call.staff_name.includes(body.staff_name)) && (!keyword || call.segments.some((s) => normalise(s.asr_text).includes(keyword))));
      const groups = new Map<string, StoredCall[]>();
      for (const c of calls) groups.set(c.call.call_group_id, [...(groups.get(c.call.call_group_id) ?? []), c]);
      const all = [...groups.entries()].reverse();
      const shown = all.slice((body.page - 1) * body.limit, body.page * body.limit);
      return { data: shown.map(([groupId, members]) => ({ calls: members.map(callSummary), call_group_id: groupId })), paging: { total: all.length } };
    },
  }),
  // The URI line of 12.2.12.2 wrongly points to /appraisecall/complain (note 07 §8.4 item 19).
  detailEndpoint('12.2.12.2', 'appraisecall/detail', `${sqm}/appraisecall/detail`, 'mandatory'),
  sqmEndpoint({
    section: '12.2.12.3', name: 'appraisecall/create', summary: 'Creating an inspection task from a file (documented as not supported)',
    path: `${sqm}/appraisecall/create`, envelope: bare, userId: 'mandatory',
    async handler() {
      // CEC §12.2.12.3 (ref L49721) marks the interface "Not Supported": it answers as an absent interface.
      throw new CecError('404', 'The requested content is not found. Check the request path.', { httpStatus: 404 });
    },
  }),
  detailEndpoint('12.2.17.3', 'appraisecall/detail (CCISQM)', `${isqm}/appraisecall/detail`, 'none'),
  sqmEndpoint({
    section: '12.2.17.4', name: 'appraisecall/credit', summary: 'Querying the inspection result per scenario and rule',
    path: `${isqm}/appraisecall/credit`, envelope: sqmModules.asrList, userId: 'none',
    body: detailBody,
    async handler(ctx) {
      const stored = await requireCall(ctx, ctx.body.call_uuid);
      // Before the inspection succeeded there is no result (note 07 §5.B.12).
      return { list: stored.status === 2 && stored.credit ? [stored.credit] : [] };
    },
  }),
  sqmEndpoint({
    section: '12.2.17.1', name: 'getTextByTaskId', summary: 'Obtaining the text of an ASR task',
    path: `${isqm}/openapi/getTextByTaskId`, envelope: sqmModules.asr, userId: 'none',
    body: Type.Object({ taskId: id(64), language: language() }),
    async handler({ body, deps, vdnId }) {
      const zip = await asrTaskZip(deps, vdnId, body.taskId);
      // The documented failure body (ref L52832): other key names, HTTP 200.
      if (!zip) throw new CecError('1010404', `Failed to obtain the task id is {}${body.taskId}`, { extra: { errorCode: 1010404, errorMessage: `Failed to obtain the task id is {}${body.taskId}` } });
      return { bytesZip: zip.toString('base64') };
    },
  }),
  sqmEndpoint({
    section: '12.2.17.2', name: 'voice2Text', summary: 'Creating an ASR task from a recording',
    path: `${isqm}/openapi/voice2Text`, ...fromRecording,
    async handler({ body, deps, services, vdnId }) {
      const task = await createAsrTask(deps, services.sqm.transcripts, vdnId, body);
      return { taskId: task.taskId, duration: String(task.duration) };
    },
  }),
  sqmEndpoint({
    section: '12.2.17.5', name: 'qualityInspect', summary: 'Creating an inspection task from a recording',
    path: `${isqm}/openapi/qualityInspect`, ...fromRecording,
    async handler({ body, deps, services, vdnId }) {
      const row = await recordingByPath(deps, vdnId, body.voiceFilePath);
      if (row.agentId !== body.agentId) throw sqmModules.asr.fail('notFound', `Business failure. The recording is not agent ${body.agentId}'s.`);
      const callUuid = recordingCallUuid(vdnId, row.recordId);
      if (await registerRecording(deps, row, { voiceFilePath: body.voiceFilePath })) await runInspection(deps, services.sqm.transcripts, vdnId, callUuid, { kind: 'recording', recording: row });
      return { call_uuid: callUuid };
    },
  }),
];
