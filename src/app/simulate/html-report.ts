import type { SimulationResult } from '../../sim/run-simulation.ts';
import type { IntervalPoint } from '../../sim/measurements.ts';
import { summaryText } from './summary-text.ts';

interface Series {
  name: string;
  color: string;
  values: number[];
}

/** A self-contained HTML report (inline SVG, no external assets) of the interval series. */
export function htmlReport(result: SimulationResult, title: string, wallMs: number): string {
  const points = result.intervals;
  const labels = points.map((p) => new Date(p.startMs).toISOString().slice(11, 16));
  const rate = (f: (p: IntervalPoint) => number, g: (p: IntervalPoint) => number) => points.map((p) => (g(p) > 0 ? f(p) / g(p) : 0));
  const charts = [
    chart('Calls per interval', labels, [
      { name: 'offered', color: '#4e79a7', values: points.map((p) => p.offered) },
      { name: 'answered', color: '#59a14f', values: points.map((p) => p.answered) },
      { name: 'abandoned', color: '#e15759', values: points.map((p) => p.abandoned) },
    ]),
    chart('Service level (answered within target / offered)', labels, [{ name: 'service level', color: '#59a14f', values: rate((p) => p.answeredWithinTarget, (p) => p.offered) }], 1),
    chart('Average speed of answer (s)', labels, [{ name: 'ASA', color: '#f28e2b', values: rate((p) => p.answeredWaitSumMs / 1000, (p) => p.answered) }]),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}pre{background:#f6f6f6;padding:1rem}svg{margin:1rem 0}</style>
</head><body>
<h1>${escape(title)}</h1>
<pre>${escape(summaryText(result, wallMs))}</pre>
${charts.join('\n')}
</body></html>
`;
}

function chart(title: string, labels: string[], series: Series[], fixedMax?: number): string {
  const width = 900;
  const height = 260;
  const pad = 40;
  const max = fixedMax ?? Math.max(1e-9, ...series.flatMap((s) => s.values));
  const x = (i: number) => pad + (labels.length <= 1 ? 0 : (i * (width - 2 * pad)) / (labels.length - 1));
  const y = (v: number) => height - pad - (v / max) * (height - 2 * pad);
  const lines = series
    .map((s) => `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>`)
    .join('');
  const legend = series.map((s, i) => `<text x="${pad + i * 140}" y="16" fill="${s.color}">■ ${escape(s.name)}</text>`).join('');
  const ticks = labels
    .map((label, i) => (i % Math.max(1, Math.ceil(labels.length / 12)) === 0 ? `<text x="${x(i).toFixed(1)}" y="${height - 10}" font-size="10" text-anchor="middle">${label}</text>` : ''))
    .join('');
  return `<h2>${escape(title)}</h2><svg width="${width}" height="${height}" role="img" aria-label="${escape(title)}">
<line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#999"/>
<line x1="${pad}" y1="${pad}" x2="${pad}" y2="${height - pad}" stroke="#999"/>
<text x="4" y="${pad}" font-size="10">${max.toFixed(2)}</text>${legend}${lines}${ticks}</svg>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
