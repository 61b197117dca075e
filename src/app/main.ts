import { buildApp } from './build-app.ts';
import type { AppConfig } from './config.ts';

/**
 * `opencec start`: builds the server and listens until SIGINT/SIGTERM, then closes the HTTP server
 * (finishing requests in flight), stops background work and closes the store.
 */
export async function startServer(config: AppConfig): Promise<void> {
  const app = await buildApp({ config });
  const { http } = app;
  let closing: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    if (closing) return;
    http.log.info({ signal }, 'shutting down');
    closing = app.close().then(
      () => process.exit(0),
      (error) => {
        http.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  await http.listen({ port: config.port, host: config.host });
  http.log.info(
    { store: app.services.store.location, clock: config.clock, sim: config.simEnabled, docs: `http://127.0.0.1:${config.port}/docs` },
    'OpenCEC is ready',
  );
}
