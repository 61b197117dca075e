import { isBase64Text } from '../encoding/base64-text.ts';

/**
 * Files customers exchange in a chat (11.6 uploadFileStream, 11.7 downloadFileStream): the types
 * each accepts and the size limit, which the reference does not state (decision 1105).
 */
export const uploadFileTypes = ['JPG', 'PNG', 'BPM', 'MP3', 'AAC', 'MP4', 'TXT', 'CSV'] as const;
export const downloadFileTypes = ['jpg', 'png', 'bpm', 'mp3', 'aac', 'mp4', 'txt', 'csv', 'richtext', 'doc', 'docx', 'pdf', 'zip'] as const;
/** Decoded bytes of one chat file (decision 1105). */
export const chatFileBytesMax = 10 * 1024 * 1024;

export const isUploadFileType = (t: string) => (uploadFileTypes as readonly string[]).includes(t.toUpperCase());
export const isDownloadFileType = (t: string) => (downloadFileTypes as readonly string[]).includes(t.toLowerCase());

/** Strict Base64 (standard alphabet, padded or not); null when the text is not Base64. */
export function decodeBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, '');
  if (!isBase64Text(compact) || compact.length % 4 === 1) return null;
  return Buffer.from(compact, 'base64');
}

/**
 * Whether the bytes look like the declared type (its file signature), so that a renamed file is
 * refused (11.6 returnCode 3). Text types accept any bytes that decode as UTF-8 text.
 */
export function matchesFileType(fileType: string, bytes: Uint8Array): boolean {
  const b = (i: number) => bytes[i] ?? -1;
  const ascii = (at: number, text: string) => [...text].every((ch, i) => b(at + i) === ch.charCodeAt(0));
  switch (fileType.toUpperCase()) {
    case 'JPG':
      return b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff;
    case 'PNG':
      return b(0) === 0x89 && ascii(1, 'PNG');
    case 'BPM':
      return ascii(0, 'BM');
    case 'MP3':
      return ascii(0, 'ID3') || (b(0) === 0xff && (b(1) & 0xe0) === 0xe0);
    case 'AAC':
      return ascii(0, 'ADIF') || (b(0) === 0xff && (b(1) & 0xf6) === 0xf0);
    case 'MP4':
      return ascii(4, 'ftyp');
    case 'TXT':
    case 'CSV':
      return !Buffer.from(bytes).toString('utf8').includes('\uFFFD');
    default:
      return false;
  }
}
