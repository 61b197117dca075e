import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach } from 'vitest';
import { configureFlowControl } from '../../src/api/agent-gateway/flow-control.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

export interface ReceivedPush {
  headers: http.IncomingHttpHeaders;
  body: { workNo: string; eventList: Array<{ eventType: string; workNo: string; content: unknown }> };
}

/** How the receiver answers the n-th POST (0-based): a status and body, or `drop` to cut the connection. */
export type PushAnswer = { status: number; body: string } | 'drop';

export const acknowledge: PushAnswer = { status: 200, body: '{"message":"success","retcode":"0"}' };

/**
 * A third-party push receiver (6.1.4.2, the client's `callbackUri`) on 127.0.0.1 and an ephemeral
 * port: it records each POST and answers as the test tells it to.
 */
export class PushReceiver {
  readonly received: ReceivedPush[] = [];
  answer: (index: number) => PushAnswer = () => acknowledge;
  private readonly server = http.createServer((request, response) => this.serve(request, response));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/service-cloud/rest/cc-ai/v1/agentevent/pushresult`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Every event received, in arrival order, as [eventType, content]. */
  events(): Array<[string, unknown]> {
    return this.received.flatMap((push) => push.body.eventList.map((e): [string, unknown] => [e.eventType, e.content]));
  }

  eventTypes(): string[] {
    return this.events().map(([type]) => type);
  }

  private serve(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const index = this.received.length;
      this.received.push({ headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      const answer = this.answer(index);
      if (answer === 'drop') {
        request.socket.destroy();
        return;
      }
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  }
}

/** What a push test works with: a whole server on a virtual clock and a receiver, fresh per test. */
export interface PushFixture {
  app: TestApp;
  receiver: PushReceiver;
  /** The receiver's address, for `callbackUri` or `pushUrl`. */
  url: string;
  /** Lets the pushes that are due now reach the receiver and be answered. */
  delivered(): Promise<void>;
}

/** Registers beforeEach/afterEach that build and tear down a PushFixture (no flow control). */
export function usePushFixture(): PushFixture {
  const fixture = {
    async delivered() {
      await fixture.app.services.settle();
      await fixture.app.services.cti.hub.pushesSettled();
    },
  } as PushFixture;
  beforeEach(async () => {
    fixture.app = await createTestApp();
    configureFlowControl(fixture.app.services, { enabled: false });
    fixture.receiver = new PushReceiver();
    fixture.url = await fixture.receiver.start();
  });
  afterEach(async () => {
    await fixture.app.close();
    await fixture.receiver.close();
  });
  return fixture;
}
