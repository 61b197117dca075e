import type { Envelope } from './envelope/index.ts';
import { canonicalUrl } from './route-path.ts';

/**
 * The registered paths as patterns, for failures Fastify raises before it has matched a route
 * (a parameter over the router's length limit, an invalid percent-encoding): the reply still
 * uses the envelope of the interface the client meant, not only its family's.
 */
export class RouteTemplates {
  private readonly templates: Array<{ method: string; pattern: RegExp; envelope: Envelope }> = [];

  add(method: string, routePath: string, envelope: Envelope): void {
    const source = routePath
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    this.templates.push({ method, pattern: new RegExp(`^${source}/?$`, 'i'), envelope });
  }

  envelopeFor(method: string, url: string): Envelope | undefined {
    const path = canonicalUrl(url.split('?')[0] ?? url);
    return (this.templates.find((t) => t.method === method && t.pattern.test(path)) ?? this.templates.find((t) => t.pattern.test(path)))?.envelope;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTemplates: RouteTemplates;
  }
}
