import type { Metric, Registry } from 'prom-client';

interface Series {
  readonly labels: { method: string; route: string; status_code: string };
  /** Observations per bucket, not cumulative (cumulated when scraped). */
  readonly counts: Float64Array;
  sum: number;
  count: number;
}

/**
 * The per-request latency histogram of `/metrics` (decision 1601), exposed in prom-client's own
 * text form. prom-client's `Histogram.observe` validates the label names, sorts and hashes the
 * labels and builds a label-value pair on every call (2–4 % of an `agentstatus` reply, issue 8);
 * here a series is found by one string key and an observation is a few additions. Registered in
 * the app's registry like any metric, so default labels (the cluster `node`) and the exposition
 * format stay the registry's.
 */
export class RequestDurationHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly upperBounds: readonly number[],
    registry: Registry,
  ) {
    registry.registerMetric(this as unknown as Metric);
  }

  observe(method: string, route: string, statusCode: number, seconds: number): void {
    if (!Number.isFinite(seconds)) return;
    const key = `${method} ${statusCode} ${route}`;
    let series = this.series.get(key);
    if (!series) {
      series = { labels: { method, route, status_code: String(statusCode) }, counts: new Float64Array(this.upperBounds.length), sum: 0, count: 0 };
      this.series.set(key, series);
    }
    // A value on a bound counts in that bucket (`le`), as prom-client's does; above the last only in +Inf.
    const bounds = this.upperBounds;
    for (let i = 0; i < bounds.length; i++) {
      if (seconds <= bounds[i]!) {
        series.counts[i]!++;
        break;
      }
    }
    series.sum += seconds;
    series.count += 1;
  }

  /** The registry's text exposition reads this: bucket lines carry `le`, the series labels are shared. */
  getForPromString() {
    const bucketName = `${this.name}_bucket`;
    const values: { labels: Record<string, string | number>; sharedLabels: Record<string, string>; value: number; metricName: string; exemplar?: null }[] = [];
    for (const series of this.series.values()) {
      let cumulative = 0;
      this.upperBounds.forEach((le, i) => {
        cumulative += series.counts[i]!;
        values.push({ labels: { le }, sharedLabels: series.labels, value: cumulative, metricName: bucketName, exemplar: null });
      });
      values.push({ labels: { le: '+Inf' }, sharedLabels: series.labels, value: series.count, metricName: bucketName, exemplar: null });
      values.push({ labels: {}, sharedLabels: series.labels, value: series.sum, metricName: `${this.name}_sum` });
      values.push({ labels: {}, sharedLabels: series.labels, value: series.count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  /** The JSON form (`getMetricsAsJSON`): one label set per value. */
  get() {
    const data = this.getForPromString();
    return { ...data, values: data.values.map(({ sharedLabels, labels, ...rest }) => ({ ...rest, labels: { ...labels, ...sharedLabels } })) };
  }

  reset(): void {
    this.series.clear();
  }
}
