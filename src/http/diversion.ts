import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A way for the composition to answer certain errors by other means than an envelope: in cluster
 * mode, "this VDN is served by another node" is answered by proxying the request there (decision
 * 1710). The HTTP layer knows nothing of clusters; it only asks whether an error is claimed.
 */
export interface Diversion {
  claims(error: unknown): boolean;
  /**
   * Answers the request instead of the error handler. `fail` sends the family's documented system
   * error in the request's envelope (for when the diversion itself cannot serve).
   */
  divert(error: unknown, request: FastifyRequest, reply: FastifyReply, fail: (message: string) => FastifyReply): Promise<FastifyReply>;
  /** Installs what the diversion needs on the server before routes are added (raw body capture). */
  install?(app: import('fastify').FastifyInstance): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The composition's diversion of claimed errors, if any (cluster mode). */
    diversion?: Diversion;
  }
}
