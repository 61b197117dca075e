/** Date-time texts of the CC-CMS interfaces (note 08 §3.6), all in UTC. */

const dateTime = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** "yyyy-MM-dd HH:mm:ss" in UTC to epoch ms; undefined unless the text is exactly that and a real instant. */
export function parseCmsDateTime(text: string): number | undefined {
  const m = dateTime.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined;
  return ms;
}

/** Epoch ms as the agentoprinfo example prints times: "2020-08-22T05:49:36.000+0000" (ref L58677). */
export function cmsIsoTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}
