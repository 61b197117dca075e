import type { ApiServices } from '../services.ts';
import type { ChatGrant } from '../../services/chat/index.ts';

/**
 * The bytes of a chat file the customer may read: its own upload, or a file sent to it in one of
 * its chats (the transcript names the file). Anything else is null, as if it did not exist.
 */
export async function readStoredFile(services: ApiServices, vdnId: number, grant: ChatGrant, fileId: string): Promise<Buffer | null> {
  const objectKey = fileId.startsWith('local/') ? fileId.slice('local/'.length) : fileId;
  const file = await services.repos.chat.findFile(vdnId, objectKey);
  if (!file) return null;
  const own = file.channelId === grant.channelId && file.userId === grant.userId;
  if (!own) {
    const sent = await services.repos.chat.fileSentTo(vdnId, grant.channelId, grant.userId, [objectKey, `local/${objectKey}`]);
    if (!sent) return null;
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of services.files.read(file.storeKey)) chunks.push(chunk as Buffer);
  } catch {
    return null;
  }
  return Buffer.concat(chunks);
}
