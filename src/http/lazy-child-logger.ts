import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';

type Bindings = Record<string, unknown>;
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];

/**
 * Fastify gives every request a child logger bound to its request id. We log per request only on
 * failures (request logging is off), so most children are never used, yet building one (pino's
 * bindings and, with a route log level, its log methods) is a measurable share of a query's cost
 * (issue 8). This stand-in makes the real child on its first use, with the same bindings and
 * options, so a logged line is exactly what the eager child would have written.
 */
class LazyChildLogger {
  private real: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildOptions,
  ) {}

  get level(): string {
    return this.real?.level ?? this.options?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.logger().level = level;
  }

  // Methods on the prototype, not per-instance closures: nothing but the object is allocated per request.
  fatal(...args: unknown[]): void { this.call('fatal', args); }
  error(...args: unknown[]): void { this.call('error', args); }
  warn(...args: unknown[]): void { this.call('warn', args); }
  info(...args: unknown[]): void { this.call('info', args); }
  debug(...args: unknown[]): void { this.call('debug', args); }
  trace(...args: unknown[]): void { this.call('trace', args); }
  silent(): void {}

  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.logger().child(bindings, options);
  }

  private call(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', args: unknown[]): void {
    (this.logger()[level] as (...a: unknown[]) => void)(...args);
  }

  private logger(): FastifyBaseLogger {
    return (this.real ??= this.parent.child(this.bindings, this.options));
  }
}

export const lazyChildLogger: NonNullable<FastifyServerOptions['childLoggerFactory']> = (logger, bindings, options) =>
  new LazyChildLogger(logger, bindings, options) as unknown as FastifyBaseLogger;
