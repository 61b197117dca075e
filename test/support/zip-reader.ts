import yauzl from 'yauzl';

/** Reads every entry of a ZIP held in memory into a name → UTF-8 text map (test downloads are small). */
export function unzipText(bytes: Buffer): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const out: Record<string, string> = {};
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out[entry.fileName] = Buffer.concat(chunks).toString('utf8');
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

/** Rows of a CC-FS CSV (CRLF lines, comma-separated, no quoted commas in these layouts). */
export const csvRows = (csv: string) => csv.split('\r\n').filter((l) => l !== '').map((l) => l.split(','));
