import { parseArgs } from 'node:util';
import { qbrAudiences, qbrFormats, type QbrAudience, type QbrFormat } from '../../shared/qbr/options';

export const USAGE = `Export QBR packs (deck, PDF, workbook) from the HQ server's data.

Usage:
  npm run qbr -- --server URL --user EMAIL --password PASSWORD --quarter 2026-Q3
                 (--partner NAME-OR-ID | --all) --out DIR [--formats pptx,pdf,xlsx] [--as-of YYYY-MM-DD]
                 [--audience partner|internal]

Options:
  --server URL        HQ server, e.g. http://localhost:8080
  --user EMAIL        your Partner Desk sign-in
  --password PASSWORD your password (or set QBR_PASSWORD)
  --quarter QUARTER   the program's (fiscal) quarter reviewed, e.g. 2026-Q3
  --partner NAME|ID   one partner, by id or name (a unique part of the name will do)
  --all               every partner you can see that was enrolled by the quarter's end
                      (the others are listed as skipped, with why)
  --out DIR           folder the files are written to (created if missing)
  --formats LIST      which files: pptx, pdf, xlsx (default all three)
  --as-of DATE        the day the figures are taken on (default today)
  --audience WHO      partner (default): the pack the partner keeps; internal: the
                      vendor's own review, with investment, ROI and the scorecard
  --help              this text

Exit codes: 0 every applicable pack written; 2 wrong usage; 3 sign-in refused; 4 partner
not found or a pack could not be made (each named); 5 HQ server unreachable or failing;
1 anything else.`;

export interface CliArgs {
  server: string;
  user: string;
  password: string;
  quarter: string;
  partner: string | null;
  out: string;
  formats: QbrFormat[];
  asOf: string;
  audience: QbrAudience;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses and checks the command line; `null` means --help was asked for. */
export const parseCliArgs = (argv: string[], env: Record<string, string | undefined> = {}): CliArgs | null => {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      server: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      quarter: { type: 'string' },
      partner: { type: 'string' },
      all: { type: 'boolean' },
      out: { type: 'string' },
      formats: { type: 'string' },
      'as-of': { type: 'string' },
      audience: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  const password = values.password ?? env.QBR_PASSWORD;
  const missing = (['server', 'user', 'quarter', 'out'] as const).filter((k) => !values[k]);
  if (!password) missing.push('password' as never);
  if (missing.length > 0) throw new UsageError(`Missing ${missing.map((m) => `--${m}`).join(', ')}.`);
  if (Boolean(values.partner) === Boolean(values.all)) throw new UsageError('Give exactly one of --partner NAME-OR-ID or --all.');
  if (!/^\d{4}-Q[1-4]$/.test(values.quarter!)) throw new UsageError(`--quarter must look like 2026-Q3, got "${values.quarter}".`);
  const formats = (values.formats ?? qbrFormats.join(',')).split(',').map((f) => f.trim());
  const unknown = formats.filter((f) => !(qbrFormats as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) throw new UsageError(`--formats takes pptx, pdf, xlsx; got "${values.formats}".`);
  const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of must be a date like 2026-09-30, got "${asOf}".`);
  const audience = values.audience ?? 'partner';
  if (!(qbrAudiences as readonly string[]).includes(audience)) throw new UsageError(`--audience takes partner or internal; got "${audience}".`);
  try {
    new URL(values.server!);
  } catch {
    throw new UsageError(`--server must be a URL such as http://localhost:8080, got "${values.server}".`);
  }
  return {
    server: values.server!,
    user: values.user!,
    password: password!,
    quarter: values.quarter!,
    partner: values.partner ?? null,
    out: values.out!,
    formats: formats as QbrFormat[],
    asOf,
    audience: audience as QbrAudience,
  };
};
