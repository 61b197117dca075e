import { accept, refuse, type Checked } from './voice-rejection.ts';

/**
 * The review of an uploaded voice file or TTS template (CEC §5.4.4 Table 5-120, ref L6553–6561,
 * and §5.4.5 Table 5-124): pending until an operator, or the automatic reviewer, decides; then
 * 2 approved or 3 rejected, for good. A decided asset is never decided again, so its customer
 * gets exactly one review result.
 */
export const reviewPending = 'pending';
export const reviewApproved = '2';
export const reviewRejected = '3';
export type ReviewDecision = typeof reviewApproved | typeof reviewRejected;
export type ReviewStatus = typeof reviewPending | ReviewDecision;

/** Longest review comment we keep (the reference gives none; decision 0304). */
export const reviewCommentLengthMax = 256;

export interface ReviewOutcome {
  status: ReviewDecision;
  comment: string;
}

/** Decides a pending asset; a decided one cannot be reviewed again. */
export function decideReview(current: string, status: string, comment: string | undefined): Checked<ReviewOutcome> {
  if (status !== reviewApproved && status !== reviewRejected) return refuse('ReviewStatusInvalid', 'status must be 2 (approved) or 3 (rejected)');
  if (current !== reviewPending) return refuse('AlreadyReviewed', `the file has already been reviewed (status ${current})`);
  const text = comment?.trim() || defaultReviewComment(status);
  if ([...text].length > reviewCommentLengthMax) return refuse('ReviewCommentTooLong', `comment must be at most ${reviewCommentLengthMax} characters`);
  return accept({ status, comment: text });
}

/** The reference's example comments (ref L6581 "Approved", L6712 "approved"). */
export function defaultReviewComment(status: ReviewDecision): string {
  return status === reviewApproved ? 'Approved' : 'Rejected';
}

/**
 * The review callback body, field for field as documented (Table 5-120, ref L6576–6581):
 * `{fileUrl, fileId, status, comment}`; for a template, fileId is the templateId (Table 5-124).
 */
export function reviewCallbackBody(asset: { fileUrl: string; fileId: string }, outcome: ReviewOutcome): Record<string, string> {
  return { fileUrl: asset.fileUrl, fileId: asset.fileId, status: outcome.status, comment: outcome.comment };
}
