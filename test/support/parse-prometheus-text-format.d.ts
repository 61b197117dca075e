// The parser ships no types; this is the shape its README documents.
declare module 'parse-prometheus-text-format' {
  export default function parsePrometheusTextFormat(text: string): Array<{ name: string; help: string; type: string; metrics: Array<Record<string, unknown>> }>;
}
