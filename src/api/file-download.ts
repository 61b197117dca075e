import type { FastifyRequest } from 'fastify';
import { binaryReply } from '../http/binary-reply.ts';
import { header } from '../http/auth/header.ts';
import type { RecordingStore, StoredFile } from '../media/recordings/index.ts';

export interface FileDownload {
  store: RecordingStore;
  key: string;
  file: StoredFile;
  /** The download's Content-Type, as the section prints it. */
  contentType: string;
  /** Name offered to the client in Content-Disposition. */
  fileName: string;
}

/**
 * A stored file as a download reply: the documented Content-Type, Content-Length and a
 * Content-Disposition, and byte ranges (`Range: bytes=a-b`, 206 with Content-Range) for players that
 * seek while streaming (13.2.1.9 playVoice; decision 1303). An unsatisfiable range gets 416.
 */
export function fileDownload(request: FastifyRequest, download: FileDownload): Record<string, unknown> {
  const size = download.file.sizeBytes;
  const base = {
    'content-type': download.contentType,
    'accept-ranges': 'bytes',
    'content-disposition': `attachment; filename="${download.fileName.replace(/["\\\r\n]/g, '_')}"`,
  };
  const range = parseRange(header(request, 'range'), size);
  if (range === 'unsatisfiable') return binaryReply(new Uint8Array(0), { ...base, 'content-range': `bytes */${size}` }, 416);
  if (range) {
    return binaryReply(download.store.read(download.key, range), { ...base, 'content-length': String(range.end - range.start + 1), 'content-range': `bytes ${range.start}-${range.end}/${size}` }, 206);
  }
  return binaryReply(download.store.read(download.key), { ...base, 'content-length': String(size) });
}

/** One range of RFC 9110 §14.1.2 (`a-b`, `a-`, `-n`); several ranges are served whole. */
function parseRange(text: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const m = text ? /^bytes=(\d*)-(\d*)$/.exec(text.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}
