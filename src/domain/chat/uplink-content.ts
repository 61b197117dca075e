/**
 * Rules for what a customer sends (11.5 sendMsgReq, ref L39524–39550): the media types, and the
 * content each needs. Failures carry the exact resultDesc strings of 11.5's table.
 */
export const uplinkMediaTypes = ['TEXT', 'IMAGE', 'AUDIO', 'VIDEO', 'FILE', 'FILE_IMAGE', 'FILE_VIDEO', 'WEBCARD', 'LOCATE'] as const;
export type UplinkMediaType = (typeof uplinkMediaTypes)[number];
export const controlTypes = ['CONNECT', 'CHAT', 'TRANS2AGENT', 'INPUT', 'DISCONNECT', 'READ'] as const;
export type ControlType = (typeof controlTypes)[number];

/** The table spells the transfer `TRANSAGENT` (ref L39540); the examples `TRANS2AGENT`. */
export function controlTypeOf(raw: string): ControlType | null {
  const upper = raw.toUpperCase();
  if (upper === 'TRANSAGENT') return 'TRANS2AGENT';
  return (controlTypes as readonly string[]).includes(upper) ? (upper as ControlType) : null;
}

export function mediaTypeOf(raw: string): UplinkMediaType | null {
  const upper = raw.toUpperCase();
  return (uplinkMediaTypes as readonly string[]).includes(upper) ? (upper as UplinkMediaType) : null;
}

const webcardFileTypes = new Set(['img', 'img/png', 'img/jpg']);

export type ContentCheck = { ok: true; fileId: string | null } | { ok: false; code: '3' | '13'; desc: string };

/**
 * Checks the content of a CHAT message. Media messages carry `"{objectKey},{ext}"`; the objectKey is
 * the message's file reference. A WEBCARD is a JSON string with a title and a mediaFileId or a
 * redirectUrl inside the channel's trust list.
 */
export function checkChatContent(mediaType: UplinkMediaType, content: string | undefined, trustList: readonly string[]): ContentCheck {
  if (content === undefined || content === '') return { ok: false, code: '13', desc: 'Chat failed because the content is empty.' };
  if (mediaType === 'TEXT') {
    if (Buffer.byteLength(content, 'utf8') > 1024) return { ok: false, code: '3', desc: 'Incorrect request: the text content exceeds 1 KB.' };
    return { ok: true, fileId: null };
  }
  if (mediaType === 'WEBCARD') return checkWebcard(content, trustList);
  const [fileId, ext] = content.split(',');
  if (!fileId || !ext) return { ok: false, code: '3', desc: 'Incorrect mediaFileType.' };
  return { ok: true, fileId };
}

function checkWebcard(content: string, trustList: readonly string[]): ContentCheck {
  let card: unknown;
  try {
    card = JSON.parse(content);
  } catch {
    return { ok: false, code: '3', desc: 'Incorrect JSON format' };
  }
  if (!card || typeof card !== 'object' || Array.isArray(card)) return { ok: false, code: '3', desc: 'Incorrect JSON format' };
  const c = card as Record<string, unknown>;
  if (typeof c.title !== 'string' || c.title === '') return { ok: false, code: '3', desc: 'the content Json String must contains title' };
  const fileId = typeof c.mediaFileId === 'string' && c.mediaFileId !== '' ? c.mediaFileId : null;
  const redirect = typeof c.redirectUrl === 'string' && c.redirectUrl !== '' ? c.redirectUrl : null;
  if (!fileId && !redirect) return { ok: false, code: '3', desc: 'the content Json String must contains mediaFileId or redirectUrl' };
  if (c.mediaFileType !== undefined && c.mediaFileType !== '' && !webcardFileTypes.has(String(c.mediaFileType))) return { ok: false, code: '3', desc: 'Incorrect mediaFileType.' };
  if (redirect && !trustList.some((prefix) => redirect.startsWith(prefix))) {
    return { ok: false, code: '3', desc: 'The redirection address is not in the trust list, contact operation staff to add it.' };
  }
  return { ok: true, fileId };
}
