import { accept, refuse, type Checked } from './voice-rejection.ts';
import { isBase64Text } from '../encoding/base64-text.ts';

export interface Base64Payload {
  /** The base64 text without a data-URL prefix or whitespace, ready to decode. */
  readonly base64: string;
  /** How many bytes it decodes to. */
  readonly decodedBytes: number;
}

const dataUrlPrefix = /^data:[^,]*;base64,/i;

/**
 * Checks `fileInfo` of CEC §5.4.4 (ref L6535: "Base64-encoded recording file information. The
 * maximum size is 8 MB"). Lenient in form: a `data:audio/...;base64,` prefix, line breaks (MIME
 * base64 wraps at 76 columns), the URL-safe alphabet and missing padding are accepted. Strict in
 * content: any other character means the text is not base64, and the 8 MB apply to the decoded
 * file (decision 0301), the only size a customer can check before sending.
 */
export function checkBase64Payload(text: string, decodedBytesMax: number): Checked<Base64Payload> {
  const base64 = text.replace(dataUrlPrefix, '').replace(/\s+/g, '');
  if (base64 === '') return refuse('FileEmpty', 'fileInfo is empty');
  if (!isBase64Text(base64, { urlSafe: true })) return refuse('FileNotBase64', 'fileInfo is not base64-encoded');
  const unpadded = base64.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return refuse('FileNotBase64', 'fileInfo is not base64-encoded: its length is impossible');
  const decodedBytes = Math.floor((unpadded.length * 3) / 4);
  if (decodedBytes > decodedBytesMax) {
    return refuse('FileTooLarge', `fileInfo decodes to ${decodedBytes} bytes; the maximum is ${decodedBytesMax} bytes (${decodedBytesMax / (1024 * 1024)} MB)`);
  }
  return accept({ base64, decodedBytes });
}
