import fastifyStatic from '@fastify/static';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ApiEndpoint } from '../api/define-endpoint.ts';
import type { ApiServices } from '../api/services.ts';
import type { AppConfig } from '../app/config.ts';
import { OperationsMetrics } from './operations-metrics.ts';
import { resourceFamilies } from './resource-js-model.ts';
import { resourceJsSource } from './resource-js-source.ts';
import { packageRoot, webRoot } from './web-root.ts';
import { registerWallboardProxy } from './wallboard-proxy.ts';
import { registerGatewayCors } from './gateway-cors.ts';

export interface WebOptions {
  readonly endpoints: readonly ApiEndpoint[];
  readonly services: ApiServices;
  readonly config: AppConfig;
  /** Where the script points REST.apiURL when it cannot tell its own address (no document.currentScript). */
  readonly publicUrl: string;
  /** Cluster mode: this node's id, labelled on every /metrics sample (decision 1732). */
  readonly node?: number;
}

/** The browser pages (`/`, `/wallboard`, `/console`), their files and the chart library. */
const pages: Readonly<Record<string, string>> = {
  '/': 'workbench/index.html',
  '/workbench': 'workbench/index.html',
  '/wallboard': 'wallboard/index.html',
  '/console': 'console/index.html',
};

/**
 * The browser and operations surface (decisions 1600–1602): the gateway's JavaScript API and CORS,
 * the pages under web/, and `/metrics`, `/health`, `/ready`. Registered before the interfaces, so
 * the CORS hook sees every gateway request.
 */
export async function registerWeb(http: FastifyInstance, options: WebOptions): Promise<OperationsMetrics> {
  registerGatewayCors(http);
  const script = resourceJsSource(resourceFamilies(options.endpoints), `${options.publicUrl}/agentgateway/resource`);
  http.get('/agentgateway/resource-js', { schema: { hide: true } as never }, async (_request, reply) =>
    reply.header('Content-Type', 'application/javascript; charset=utf-8').header('Cache-Control', 'no-cache').send(script),
  );
  await http.register(fastifyStatic, { root: webRoot, prefix: '/web/', index: false, wildcard: true, schemaHide: true });
  await http.register(fastifyStatic, { root: path.join(packageRoot, 'node_modules', 'uplot', 'dist'), prefix: '/vendor/uplot/', decorateReply: false, schemaHide: true });
  for (const [url, file] of Object.entries(pages)) {
    http.get(url, { schema: { hide: true } as never }, async (_request, reply) => reply.type('text/html; charset=utf-8').sendFile(file));
  }
  registerWallboardProxy(http, { clock: options.services.clock, accessKey: options.config.globalAccessKey, secretKey: options.config.globalSecretKey, callCenterId: options.config.callCenterId });
  const metrics = new OperationsMetrics(options.services, options.node);
  metrics.observe(http);
  http.get('/metrics', { schema: { hide: true } as never }, async (_request, reply) =>
    reply.header('Content-Type', metrics.registry.contentType).send(await metrics.scrape()),
  );
  http.get('/health', { schema: { hide: true } as never }, async () => ({ status: 'ok' }));
  http.get('/ready', { schema: { hide: true } as never }, async (_request, reply) => {
    const store = await metrics.storeAnswers();
    return reply.code(store ? 200 : 503).send({ status: store ? 'ready' : 'unavailable', store: store ? 'ok' : 'failing' });
  });
  return metrics;
}
