/**
 * CC-CMS result codes (CEC §12.3.8.2, ref L64586–L64609; note 08 §6.1). They travel as 7-digit
 * strings in `resultCode`, with the text in `resultDesc`, always over HTTP 200.
 */
export const cmsResultCodes = {
  success: '0100000',
  failed: '0100001',
  invalidParameter: '0100002',
  unsupportedCtiVersion: '0100003',
  unknown: '0100999',
  inspectionRelationAbnormal: '0101001',
  numberNotOnUap: '0101002',
  insufficientPermission: '0101003',
} as const;

export type CmsResultCode = (typeof cmsResultCodes)[keyof typeof cmsResultCodes];

/** The reference's texts for each code (the example of §12.3.8.2 writes "Invalid parameter"). */
export const cmsResultTexts: Record<CmsResultCode, string> = {
  '0100000': 'The interface is invoked successfully.',
  '0100001': 'The interface fails to be invoked.',
  '0100002': 'Invalid parameter',
  '0100003': 'The current interface supports only CTI V300R008. The current CTI version is V300R006.',
  '0100999': 'Unknown error.',
  '0101001': 'The inspection relationship interface is abnormal.',
  '0101002': 'The number to be queried does not exist on the UAP.',
  '0101003': 'Insufficient permission.',
};
