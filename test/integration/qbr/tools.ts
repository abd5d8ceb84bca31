import { spawnSync } from 'node:child_process';

/**
 * The independent readers the QBR tests open files with. A missing one fails
 * the test with the Debian package to install (`bash .ci/run` installs them).
 */
export const requireTool = (command: string, debianPackage: string): void => {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`${command} is not installed: apt-get install -y ${debianPackage} (bash .ci/run installs it)`);
};

export const run = (command: string, args: string[], timeout = 120_000): string => {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr}`);
  return result.stdout;
};

const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&apos;': "'" };

/** A word pdftotext -bbox finds: its glyphs in drawing order (left to right), its page and where it starts. */
export interface PdfWord {
  text: string;
  page: number;
  xMin: number;
  yMin: number;
}

export const pdfWords = (file: string): PdfWord[] =>
  run('pdftotext', ['-bbox', file, '-'])
    .split('<page ')
    .slice(1)
    .flatMap((page, i) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
        page: i + 1,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        text: m[3]!.replace(/&\w+;/g, (e) => entities[e] ?? e),
      })),
    );

/** The words of the line a word is on, left to right as drawn. */
export const lineWith = (words: readonly PdfWord[], word: string): string[] => {
  const found = words.find((w) => w.text === word);
  if (!found) throw new Error(`No word "${word}" in the PDF`);
  return words.filter((w) => w.page === found.page && w.yMin === found.yMin).sort((a, b) => a.xMin - b.xMin).map((w) => w.text);
};

/** The fonts pdffonts lists: the name, whether the font program is embedded, whether it has a ToUnicode map. */
export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  unicode: boolean;
}

export const pdfFonts = (file: string): PdfFont[] => {
  const [, rule = '', ...rows] = run('pdffonts', [file]).split('\n');
  // The dashed rule under the heading marks out the columns: name, type, encoding, emb, sub, uni, object id.
  const columns = [...rule.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const cell = (row: string, i: number): string => row.slice(columns[i]![0], columns[i]![1]).trim();
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => ({ name: cell(row, 0), type: cell(row, 1), embedded: cell(row, 3) === 'yes', unicode: cell(row, 5) === 'yes' }));
};

/** pdfinfo's fields (Title, Author, …), as UTF-8. */
export const pdfInfo = (file: string): Record<string, string> =>
  Object.fromEntries(
    run('pdfinfo', ['-enc', 'UTF-8', file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
