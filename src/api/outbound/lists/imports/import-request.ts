import { Type } from '@sinclair/typebox';
import { fail, optionalInteger, optionalText, requiredText } from '../../../../domain/outbound/lists/isales-fields.ts';
import type { TemplateKind } from '../../../../domain/outbound/lists/import-templates.ts';
import type { ImportRequest } from '../../../../services/outbound/lists/imports/import-tasks.ts';
import { importTaskView } from '../../../../services/outbound/lists/imports/import-tasks.ts';
import type { ApiServices } from '../../../services.ts';
import { offsetLimit, offsetLimitFields } from '../lists-request.ts';

/** Table 7-206 / 7-262: where the file is and, for a scheduled import, when. */
export const importBody = Type.Object({
  serverId: Type.Optional(Type.String({ description: 'file server id (7.8.1)' })),
  filePath: Type.Optional(Type.String({ description: 'folder relative to the server default path, e.g. /isales/20220310' })),
  fileName: Type.Optional(Type.String({ description: '.xlsx or .csv, e.g. demo.xlsx' })),
  hour: Type.Optional(Type.String({ description: '0–23, with minute' })),
  minute: Type.Optional(Type.String({ description: '00 or 30, with hour' })),
});

type ImportBody = { serverId?: string; filePath?: string; fileName?: string; hour?: string; minute?: string };

/** Checks an import request and the server it names; the campaign is the caller's. */
export async function importRequest(services: ApiServices, vdnId: number, kind: TemplateKind, campaignId: string, body: ImportBody): Promise<ImportRequest> {
  const serverId = requiredText('serverId', body.serverId, { max: 64, pattern: /^[0-9A-Za-z-]+$/ });
  const fileName = requiredText('fileName', body.fileName, { max: 255, forbidden: /[/\\]|^\.\.?$/ });
  if (!/\.(xlsx|csv)$/i.test(fileName)) fail('invalidValue', 'Only .xlsx and .csv files can be imported.');
  const filePath = optionalText('filePath', body.filePath, { max: 255, forbidden: /(^|[/\\])\.\.([/\\]|$)/ }) ?? '';
  const hourGiven = body.hour !== undefined && body.hour !== '';
  const minuteGiven = body.minute !== undefined && body.minute !== '';
  // CEC Table 7-206 (ref L25997): "If minute is set, hour is mandatory", and the other way round → 02000010.
  if (hourGiven !== minuteGiven) fail('hourAndMinute', 'The hour and minute parameters must be set at the same time.');
  let schedule: ImportRequest['schedule'];
  if (hourGiven) {
    const hour = optionalInteger('hour', body.hour, 0, 23)!;
    const minute = optionalInteger('minute', body.minute, 0, 59)!;
    // The blacklist import offers only 00 and 30 (ref L25998); the call-data import gives them as examples.
    if (kind === 'blacklist' && minute !== 0 && minute !== 30) fail('invalidValue', 'minute must be 00 or 30');
    schedule = { hour, minute };
  }
  if (!(await services.repos.isalesImports.server(vdnId, serverId))) fail('parameterError', 'The file server does not exist.');
  return { vdnId, kind, campaignId, serverId, filePath, fileName, ...(schedule ? { schedule } : {}) };
}

export const importQueryBody = Type.Object({ ...offsetLimitFields, importTaskIds: Type.Optional(Type.Array(Type.String())) });

/** 7.3.6/7.4.9: a page of the tenant's import tasks of one kind (and campaign), newest first. */
export async function importTaskPage(services: ApiServices, vdnId: number, kind: TemplateKind, campaignId: string, body: { offset?: number; limit?: number; importTaskIds?: string[] }) {
  const { offset, limit } = offsetLimit(body, true)!;
  const ids = body.importTaskIds && body.importTaskIds.length > 0 ? body.importTaskIds : undefined;
  const { rows, count } = await services.repos.isalesImports.tasksPage(vdnId, kind, campaignId, offset, limit, ids);
  return { result: rows.map(importTaskView), count, resultDesc: 'success' };
}

export const importTaskSchema = Type.Object({
  succNum: Type.Integer(),
  failNum: Type.Integer(),
  errMsg: Type.String(),
  id: Type.String(),
  beginTime: Type.Union([Type.String(), Type.Null()]),
  endTime: Type.Union([Type.String(), Type.Null()]),
  repeatNum: Type.Integer(),
  status: Type.String(),
});

/** The reply of 7.3.6 and 7.4.9: a page of import tasks. */
export const importTaskPageSchema = Type.Object({ result: Type.Array(importTaskSchema), count: Type.Integer() });

export const importAccepted = 'Exporting data... View details in Import Result.';
