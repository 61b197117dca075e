/**
 * A token bucket: `capacity` requests at once, refilled at `refillPerSecond`. CEC §5.4.4
 * (ref L6520): "After 10 requests are sent per second, traffic control is performed. If the
 * number of requests exceeds the limit, the requests fail." Pure: the caller keeps the state and
 * passes the time, so the limiter follows the Clock (virtual time in tests).
 */
export interface TokenBucket {
  readonly tokens: number;
  readonly refilledAtMs: number;
}

export interface TokenBucketPolicy {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

export function takeToken(bucket: TokenBucket | undefined, nowMs: number, policy: TokenBucketPolicy): { allowed: boolean; bucket: TokenBucket } {
  const previous = bucket ?? { tokens: policy.capacity, refilledAtMs: nowMs };
  const elapsedMs = Math.max(0, nowMs - previous.refilledAtMs);
  const tokens = Math.min(policy.capacity, previous.tokens + (elapsedMs * policy.refillPerSecond) / 1000);
  if (tokens < 1) return { allowed: false, bucket: { tokens, refilledAtMs: nowMs } };
  return { allowed: true, bucket: { tokens: tokens - 1, refilledAtMs: nowMs } };
}
