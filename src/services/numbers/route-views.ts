import type { AccessCodeRow, CalledRouteRow } from '../../store/index.ts';

/** An access code as queryAccessCodeList returns it (CEC §5.3.1 example, ref L5712–5719). */
export function accessCodeView(row: AccessCodeRow) {
  return {
    id: row.id,
    accessCode: row.accessCode,
    mediatypeId: row.mediaTypeId,
    n400Number: row.n400Number,
    description: row.description,
    numCallAttr: row.numCallAttr,
  };
}

/**
 * A called route as queryCalledRoute returns it (CEC §5.3.5 example, ref L6101–6135). The example
 * prints the media field `mediatypeld`, an OCR slip of `mediatypeId` (the table says
 * `mediatypeid`); we emit `mediatypeId`, the spelling §5.3.1 uses for the same field (decision 0203).
 */
export function calledRouteView(row: CalledRouteRow) {
  return {
    id: row.id,
    dnid: row.dnid,
    accessCode: row.accessCode,
    mediatypeId: row.mediaTypeId,
    extCode: row.extCode,
    devicetype: row.deviceType,
    deviceid: row.deviceId,
    deviceDesc: row.deviceDesc,
    editable: row.editable,
  };
}
