import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { WalFlushStats } from '../../src/store/wal-sync.ts';

export interface ServerProcess {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
  /** The child's process.cpuUsage() (user + system, microseconds) and its store's flush counters. */
  usage(): Promise<{ cpuMicros: number; flushStats?: WalFlushStats }>;
  /** SIGKILL: no shutdown, no flush, as a crash or an out-of-memory kill. */
  kill(): Promise<void>;
}

const entry = fileURLToPath(new URL('./server-child.ts', import.meta.url));

/** Starts a server (`bare` or `opencec`) in a child process and waits for its port. */
export function spawnServer(kind: 'bare' | 'opencec', dataDir: string, execArgv: string[] = [], storeUrl?: string): Promise<ServerProcess> {
  const child = fork(entry, [kind, dataDir, ...(storeUrl ? [storeUrl] : [])], { execArgv: ['--import', 'tsx', ...execArgv], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    child.once('message', (message) => {
      const { port } = message as { port: number };
      resolve({
        port,
        child,
        usage: () =>
          new Promise((done) => {
            const onMessage = (reply: unknown) => {
              const { cpuUsage, flushStats } = reply as { cpuUsage?: NodeJS.CpuUsage; flushStats?: WalFlushStats };
              if (!cpuUsage) return;
              child.off('message', onMessage);
              done({ cpuMicros: cpuUsage.user + cpuUsage.system, flushStats });
            };
            child.on('message', onMessage);
            child.send({ cpu: true });
          }),
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.disconnect();
          }),
        kill: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
  });
}
