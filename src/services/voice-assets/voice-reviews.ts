import { decideReview, defaultReviewComment, reviewApproved, reviewCallbackBody, reviewPending, type Checked, type ReviewOutcome } from '../../domain/voice/index.ts';
import type { TimerId } from '../../domain/time/index.ts';
import { tenantLockKey, type VoiceAssetDeps, type VoiceAssetPolicy } from './voice-asset-deps.ts';
import { voiceTemplateLocation } from './voice-storage.ts';

export type VoiceAssetKind = 'file' | 'template';

/** A voice file (5.4.4) or TTS template (5.4.5) as the review sees it. */
interface ReviewableAsset {
  kind: VoiceAssetKind;
  vdnId: number;
  id: string;
  reviewStatus: string;
  fileUrl: string;
  callbackUrl: string | null;
}

/** Automatic-review timers and the review work they started, per services object. */
interface ReviewRuntime {
  timers: Map<string, TimerId>;
  inFlight: Set<Promise<void>>;
}

const runtimes = new WeakMap<object, ReviewRuntime>();

function runtimeOf(deps: VoiceAssetDeps): ReviewRuntime {
  let runtime = runtimes.get(deps);
  if (!runtime) {
    runtime = { timers: new Map(), inFlight: new Set() };
    runtimes.set(deps, runtime);
  }
  return runtime;
}

const assetKey = (kind: VoiceAssetKind, vdnId: number, id: string) => `${kind}:${vdnId}:${id}`;

/**
 * Arms the automatic approval of a pending asset at `createdAtMs` + the review delay (decision
 * 0304): the platform's reviewer, which approves whatever an operator has not decided by then. The
 * timer is a Clock timer, so virtual time drives it in tests and the simulator.
 */
export function scheduleAutoApproval(deps: VoiceAssetDeps, policy: VoiceAssetPolicy, asset: { kind: VoiceAssetKind; vdnId: number; id: string; createdAtMs: number }): void {
  const runtime = runtimeOf(deps);
  const key = assetKey(asset.kind, asset.vdnId, asset.id);
  if (runtime.timers.has(key)) return;
  const timer = deps.clock.schedule(asset.createdAtMs + policy.reviewAutoApproveDelayMs, () => {
    runtime.timers.delete(key);
    const work = autoApprove(deps, policy, asset.kind, asset.vdnId, asset.id).catch((error: unknown) =>
      deps.log.error({ err: error, asset: key }, 'automatic voice review failed'),
    );
    runtime.inFlight.add(work);
    deps.background?.track(work);
    void work.finally(() => runtime.inFlight.delete(work));
  });
  runtime.timers.set(key, timer);
}

async function autoApprove(deps: VoiceAssetDeps, policy: VoiceAssetPolicy, kind: VoiceAssetKind, vdnId: number, id: string): Promise<void> {
  const asset = await findAsset(deps, vdnId, id, kind);
  // An operator decided first, or the asset is gone: the automatic reviewer has nothing to do.
  if (!asset || asset.reviewStatus !== reviewPending) return;
  await recordDecision(deps, policy, asset, { status: reviewApproved, comment: defaultReviewComment(reviewApproved) });
}

/**
 * An operator's decision on a file or template (the OpenCEC extension `ext.voice-review`):
 * pending → 2 approved or 3 rejected, once. The asset is looked up by id among the tenant's files,
 * then its templates, since the callback's `fileId` is either (Table 5-124, ref L6695).
 */
export async function reviewVoiceAsset(
  deps: VoiceAssetDeps,
  policy: VoiceAssetPolicy,
  vdnId: number,
  id: string,
  decision: { status: string; comment?: string | undefined },
): Promise<Checked<{ fileId: string; status: string; comment: string }>> {
  return deps.tenantLocks.run(tenantLockKey(vdnId), async () => {
    const asset = await findAsset(deps, vdnId, id);
    if (!asset) return { ok: false, rejection: { tag: 'AssetNotFound', message: `no voice file or template ${id} exists` } };
    const outcome = decideReview(asset.reviewStatus, decision.status, decision.comment);
    if (!outcome.ok) return outcome;
    if (!(await recordDecision(deps, policy, asset, outcome.value))) {
      return { ok: false, rejection: { tag: 'AlreadyReviewed', message: 'the file has already been reviewed' } };
    }
    const runtime = runtimeOf(deps);
    const key = assetKey(asset.kind, vdnId, id);
    const timer = runtime.timers.get(key);
    if (timer !== undefined) deps.clock.cancel(timer);
    runtime.timers.delete(key);
    return { ok: true, value: { fileId: id, ...outcome.value } };
  });
}

/**
 * Stores the decision if the asset is still pending and, when the customer gave a callback URL,
 * queues the documented callback (Table 5-120, ref L6576–6585) in the durable outbox, which retries
 * until the receiver answers `{"returnCode":"0"}`, six attempts in all (ref L6561).
 */
async function recordDecision(deps: VoiceAssetDeps, policy: VoiceAssetPolicy, asset: ReviewableAsset, outcome: ReviewOutcome): Promise<boolean> {
  const voiceAssets = deps.repos.voiceAssets;
  const decided = asset.kind === 'file'
    ? await voiceAssets.decideFile(asset.vdnId, asset.id, outcome.status, outcome.comment)
    : await voiceAssets.decideTemplate(asset.vdnId, asset.id, outcome.status, outcome.comment);
  if (!decided) return false;
  if (asset.callbackUrl) {
    await deps.callbacks.enqueue({
      vdnId: asset.vdnId,
      kind: `voice-${asset.kind}-review`,
      url: asset.callbackUrl,
      body: reviewCallbackBody({ fileUrl: asset.fileUrl, fileId: asset.id }, outcome),
      maxAttempts: policy.reviewCallbackAttemptsMax,
    });
  }
  return true;
}

async function findAsset(deps: VoiceAssetDeps, vdnId: number, id: string, only?: VoiceAssetKind): Promise<ReviewableAsset | undefined> {
  if (only !== 'template') {
    const file = await deps.repos.voiceAssets.findFile(vdnId, id);
    if (file) return { kind: 'file', vdnId, id, reviewStatus: file.reviewStatus, fileUrl: file.fileUrl, callbackUrl: file.callbackUrl };
  }
  if (only !== 'file') {
    const template = await deps.repos.voiceAssets.findTemplate(vdnId, id);
    if (template) {
      const { fileUrl } = voiceTemplateLocation(deps.settings.dataDir, vdnId, id);
      return { kind: 'template', vdnId, id, reviewStatus: template.reviewStatus, fileUrl, callbackUrl: template.callbackUrl };
    }
  }
  return undefined;
}

/**
 * Re-arms the automatic review of every asset still pending, in every tenant or in `vdnId`'s:
 * reviews pending when the server stopped complete after a restart (DESIGN principle 7), and in
 * cluster mode a VDN's new owner re-arms the VDN's (decision 1730). Those overdue run at once. A
 * review armed on two nodes is decided once: the decision is a conditional write (decideFile).
 */
export async function rescheduleVoiceReviews(deps: VoiceAssetDeps, policy: VoiceAssetPolicy, vdnId?: number): Promise<number> {
  const ofVdn = <T extends { vdnId: number }>(rows: T[]) => (vdnId === undefined ? rows : rows.filter((row) => row.vdnId === vdnId));
  const files = ofVdn(await deps.repos.voiceAssets.listPendingFiles());
  const templates = ofVdn(await deps.repos.voiceAssets.listPendingTemplates());
  for (const f of files) scheduleAutoApproval(deps, policy, { kind: 'file', vdnId: f.vdnId, id: f.fileId, createdAtMs: f.createdAtMs });
  for (const t of templates) scheduleAutoApproval(deps, policy, { kind: 'template', vdnId: t.vdnId, id: t.templateId, createdAtMs: t.createdAtMs });
  return files.length + templates.length;
}

/** Resolves once the review work started by fired timers, and the callbacks it queued, have finished. */
export async function settleVoiceReviews(deps: VoiceAssetDeps): Promise<void> {
  const runtime = runtimeOf(deps);
  while (runtime.inFlight.size > 0) await Promise.all([...runtime.inFlight]);
  await deps.callbacks.settled();
}
