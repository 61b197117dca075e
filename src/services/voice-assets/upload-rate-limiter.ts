import { takeToken, type TokenBucket } from '../../domain/voice/index.ts';
import type { VoiceAssetDeps } from './voice-asset-deps.ts';

/** Each server's buckets, by tenant; kept per services object so that test servers do not share them. */
const bucketsByServer = new WeakMap<object, Map<number, TokenBucket>>();

/**
 * CEC §5.4.4 (ref L6520): "After 10 requests are sent per second, traffic control is performed."
 * One token bucket per tenant (decision 0301), on the services' Clock, so the limit holds in
 * virtual time too. Returns whether this request may proceed.
 */
export function admitUpload(deps: VoiceAssetDeps, vdnId: number, uploadsPerSecond: number): boolean {
  let buckets = bucketsByServer.get(deps);
  if (!buckets) {
    buckets = new Map();
    bucketsByServer.set(deps, buckets);
  }
  const taken = takeToken(buckets.get(vdnId), deps.clock.now(), { capacity: uploadsPerSecond, refillPerSecond: uploadsPerSecond });
  buckets.set(vdnId, taken.bucket);
  return taken.allowed;
}
