import { CecError } from '../../http/cec-error.ts';

/** CEC §13.2.3.1 result codes (Table 13-125, ref L68963–69025), with their documented texts. */
export const ccfsMessages = {
  '0300001': 'The value of {param} cannot be null.',
  '0300002': 'The value of {param} cannot be an empty string.',
  '0300003': 'The length of {param} is too long.',
  '0300004': 'The format of {param} is incorrect.',
  '0300006': 'The value of version is error, current version is {param}.',
  '0300007': 'The params of requestBody is null.',
  '0300011': 'The file does not exist.',
  '0300012': 'No data found.',
  '0300013': 'The beginTime cannot be later than the endTime.',
  '0300014': 'The maximum duration between the beginTime and endTime is {param} days.',
  '0300016': 'The value of {param} is greater than current time.',
  '0300018': 'This record belongs to another developer.',
  '0300019': 'Specify at least one of fileName and callId.',
  '0300020': 'Only one record is required but multiple records are obtained.',
  '0300022': 'The parameter {param} value contains illegal characters.',
  '0300023': 'The file name does not match the path configured in the configuration file.',
  '0300024': 'The file path is not canonical path.',
  '0300025': 'Internal system error.',
  '0300026': 'Authentication failed.',
  '0300029': 'File does not exist.',
  '0300030': 'Failure of system processing.',
  '0300031': 'Invalid oiap fileName, fileName Length is not legal.',
  '0300032': 'file path is invalid.',
  '0300035': 'audio file type should be wav.',
  '0300036': 'audio file channel should be mono.',
  '0300037': 'audio file fileSampleSizeInBits should be 8000Hz.',
  '0300038': 'audio file fileSampleRate should be 8000Hz.',
  '0300039': 'Failed to read the audio file format.',
  '0300040': 'An exception occurred during file deletion.',
  '0300041': 'The file size exceeds the limit.',
  '0300044': 'The directory contains multiple files.',
} as const;

export type CcfsCode = keyof typeof ccfsMessages;

/** A CC-FS business failure (HTTP 200) with its documented text, `{param}` filled in. */
export function ccfsError(code: CcfsCode, param = ''): CecError {
  return new CecError(code, ccfsMessages[code].replace('{param}', param));
}
