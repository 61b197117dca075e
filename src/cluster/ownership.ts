/** Where a VDN's engine runs (decision 1700). */
export type VdnLocation =
  | { readonly kind: 'local'; readonly fence: bigint }
  | { readonly kind: 'remote'; readonly nodeId: number; readonly url: string };

export interface VdnOwnership {
  readonly nodeId: number;
  /** Where the VDN is served now; acquires the lease when it is free and this node should own it. */
  locate(vdnId: number): Promise<VdnLocation>;
  /** The fencing token this node holds for the VDN, if it owns it (checked by every store write). */
  fenceOf(vdnId: number): bigint | undefined;
}

/** Single node: every VDN is local and unfenced. */
export const localOwnership: VdnOwnership = {
  nodeId: 0,
  locate: async () => ({ kind: 'local', fence: 0n }),
  fenceOf: () => 0n,
};
