/**
 * Thrown by the engine registry when a VDN's engine runs on another node (decision 1710): the HTTP
 * layer answers it by proxying the original request to that node. It is a signal, not a failure,
 * so it carries no envelope; a node that cannot forward turns it into its family's system error.
 */
export class ForwardToOwner extends Error {
  constructor(
    readonly vdnId: number,
    readonly nodeId: number,
    readonly url: string,
  ) {
    super(`VDN ${vdnId} is served by node ${nodeId} (${url})`);
    this.name = 'ForwardToOwner';
  }
}
