import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SecretSource } from '../../auth/index.ts';

/** Where a stored voice asset lives: on our disk, and as the platform names it to customers. */
export interface VoiceAssetLocation {
  /** The file under the data directory. */
  readonly storagePath: string;
  /**
   * CEC §5.4.4 Table 5-120 (ref L6553, example L6578): "a full file address, including the file
   * name extension", in the platform's form `Y:/IVR/<vdnId>/voice/<voiceType>/<name>.wav`.
   */
  readonly fileUrl: string;
}

const alphanumerics = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A file name stem like the reference's example `nPqV9vU3_1666706957559` (ref L6578): eight
 * unguessable letters and digits, then the upload instant in epoch milliseconds.
 */
export function voiceFileStem(secrets: SecretSource, nowMs: number): string {
  const bytes = secrets.hex(8);
  let random = '';
  for (let i = 0; i < 8; i++) random += alphanumerics[parseInt(bytes.slice(i * 2, i * 2 + 2), 16) % alphanumerics.length];
  return `${random}_${nowMs}`;
}

/** The location of an uploaded voice file of `voiceType` (0 IVR, 1 prompt, 2 fault tone, 3 notification). */
export function voiceFileLocation(dataDir: string, vdnId: number, voiceType: string, stem: string): VoiceAssetLocation {
  return {
    storagePath: path.join(dataDir, 'ivr', String(vdnId), 'voice', voiceType, `${stem}.wav`),
    fileUrl: `Y:/IVR/${vdnId}/voice/${voiceType}/${stem}.wav`,
  };
}

/**
 * The location of a TTS template's text. Templates serve voice notifications (scene 3), so they sit
 * beside the voice notification files, named by their templateId (decision 0303); the review
 * callback reports this address as its fileUrl (Table 5-124, ref L6693).
 */
export function voiceTemplateLocation(dataDir: string, vdnId: number, templateId: string): VoiceAssetLocation {
  return {
    storagePath: path.join(dataDir, 'ivr', String(vdnId), 'voice', '3', `${templateId}.txt`),
    fileUrl: `Y:/IVR/${vdnId}/voice/3/${templateId}.txt`,
  };
}

/** Writes a file so that readers see all of it or none of it (write aside, then rename). */
export async function writeFileAtomically(target: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, target);
}

/** Removes a file written for a request that then failed. */
export async function removeQuietly(target: string): Promise<void> {
  await rm(target, { force: true });
}
