import { Type } from '@sinclair/typebox';
import type { OiapNavigationRow } from '../../store/repositories/oiap-config.repository.ts';

/** dialogType of Table 10-6 (ref L32464): 1 voice navigation, 2 outbound, 3 chatbot, 4 IVR flow. */
export const dialogTypeField = Type.Integer({ minimum: 1, maximum: 4 });
export const sourceField = Type.String({ maxLength: 64, pattern: '^(IVR|OIFDE)?$' });
export const accessCodeField = Type.String({ maxLength: 20 });

/** accessInfo (Table 10-6) as the 10.3.1 example shows it. */
export const AccessInfo = Type.Object({
  accessId: Type.String(),
  tenantId: Type.String(),
  accessCode: Type.String(),
  domainId: Type.Union([Type.Integer(), Type.Null()]),
  dialogType: Type.Integer(),
  flowCode: Type.String(),
  flowName: Type.Union([Type.String(), Type.Null()]),
  description: Type.Union([Type.String(), Type.Null()]),
  source: Type.String(),
  chatBotName: Type.Union([Type.String(), Type.Null()]),
  usingRecordService: Type.Integer(),
});

export function accessInfo(row: OiapNavigationRow, tenantId: string) {
  return {
    accessId: row.accessId,
    tenantId,
    accessCode: row.accessCode,
    domainId: row.domainId,
    dialogType: row.dialogType,
    flowCode: row.flowCode,
    flowName: row.flowName,
    description: row.description,
    source: row.source,
    chatBotName: row.chatBotName,
    usingRecordService: row.usingRecordService,
  };
}
