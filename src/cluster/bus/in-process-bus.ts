import type { BusDelivery, ClusterBus } from './cluster-bus.ts';

type Handler = (delivery: BusDelivery<unknown>) => void;

/**
 * The bus of one process (decision 1711): the default on a single node, and the medium between
 * several apps built in one process (tests). Delivery is synchronous, hence in publishing order;
 * bodies are passed through JSON so that a subscriber sees what Redis would deliver.
 */
export class InProcessBus {
  private readonly topics = new Map<string, Set<Handler>>();

  constructor(private readonly onError: (error: unknown, topic: string) => void = () => undefined) {}

  /** This medium as seen by one node. */
  connect(nodeId: number): ClusterBus {
    const own = new Set<() => void>();
    return {
      nodeId,
      publish: (topic, body) => this.deliver(topic, { from: nodeId, body: JSON.parse(JSON.stringify(body)) as unknown }),
      subscribe: <T>(topic: string, handler: (delivery: BusDelivery<T>) => void) => {
        const handlers = this.topics.get(topic) ?? new Set<Handler>();
        this.topics.set(topic, handlers);
        handlers.add(handler as Handler);
        const off = () => {
          handlers.delete(handler as Handler);
          own.delete(off);
        };
        own.add(off);
        return off;
      },
      ready: async () => undefined,
      close: async () => {
        for (const off of [...own]) off();
      },
    };
  }

  private deliver(topic: string, delivery: BusDelivery<unknown>): void {
    for (const handler of [...(this.topics.get(topic) ?? [])]) {
      try {
        handler(delivery);
      } catch (error) {
        this.onError(error, topic);
      }
    }
  }
}
