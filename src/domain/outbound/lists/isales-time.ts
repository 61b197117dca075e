/**
 * Instants as the iSales examples print them: "2022-02-18T17:56:14.000+00:00" (ref L25920, L26148,
 * L29619), in UTC like every other time of the server (the examples' offset looks mislabelled,
 * note 04 §8.4 #50).
 */
export function isalesIsoTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+00:00');
}
