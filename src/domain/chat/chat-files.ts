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
  if (compact.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) return null;
  return Buffer.from(compact, 'base64');
}
