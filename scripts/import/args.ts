import { parseArgs } from 'node:util';
import { importEntities, type ImportEntity } from '../../shared/import';
import type { DateOrder } from '../../shared/import';

export const USAGE = `Import partners, contacts, certifications, opportunities or activities from a CRM export
(Salesforce, HubSpot, or any CSV/XLSX through a column mapping) into the HQ server.

Usage:
  npm run import -- --server URL --user EMAIL --password PASSWORD --type TYPE --file FILE
                    [--mapping FILE] [--dry-run] [--sheet NAME] [--date-order dmy|mdy|ymd]
                    [--territory NAME-OR-ID]
  npm run import -- --type TYPE --file FILE [--mapping FILE] --print-mapping

Options:
  --server URL          HQ server, e.g. http://127.0.0.1:8787
  --user EMAIL          your Partner Desk sign-in
  --password PASSWORD   your password (or set PARTNER_DESK_PASSWORD)
  --type TYPE           what the file holds: ${importEntities.join(', ')}
  --file FILE           the CSV or XLSX export (up to 50 MB)
  --mapping FILE        a saved column mapping (JSON, as --print-mapping writes it; may hold
                        "values", the picklist value mapping); default: the suggested mapping
                        for the detected source
  --print-mapping       write the mapping that would be used to stdout and stop (no sign-in)
  --dry-run             plan and print the summary; write nothing
  --sheet NAME          the XLSX sheet to read (default the first)
  --date-order ORDER    how the file writes dates: dmy, mdy or ymd (asked for when the file's
                        dates read both ways)
  --territory NAME|ID   where new records go, when you work more than one territory
  --help                this text

Possible duplicates (same domain or a near-same name as a stored record) are not decided here:
they are listed and skipped; decide them in the app's import dialog.

Each import (not --dry-run) is recorded as the app records its own: the app lists it under
Past imports and can undo it there, while the records it wrote are unchanged since. As in the
app, a re-import writes a field only where the CRM changed it since the last import from that
source: an edit made in the app since is kept.

Exit codes: 0 every row applied, unchanged or skipped; 1 rows failed validation or were refused
by the server (each named), the server refused the import's record (then nothing is imported), or
the server failed; 2 wrong usage, an unreadable file or a refused sign-in.`;

export interface ImportArgs {
  server: string;
  user: string;
  password: string;
  type: ImportEntity;
  file: string;
  mapping: string | null;
  printMapping: boolean;
  dryRun: boolean;
  sheet: string | null;
  dateOrder: DateOrder | null;
  territory: string | null;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const dateOrders = ['dmy', 'mdy', 'ymd'] as const;

/** Parses and checks the command line; `null` means --help was asked for. */
export const parseImportArgs = (argv: string[], env: Record<string, string | undefined> = {}): ImportArgs | null => {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      server: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      type: { type: 'string' },
      file: { type: 'string' },
      mapping: { type: 'string' },
      'print-mapping': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      sheet: { type: 'string' },
      'date-order': { type: 'string' },
      territory: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  const printMapping = values['print-mapping'] === true;
  const password = values.password ?? env.PARTNER_DESK_PASSWORD;
  const missing: string[] = (['type', 'file'] as const).filter((k) => !values[k]);
  if (!printMapping) {
    missing.push(...(['server', 'user'] as const).filter((k) => !values[k]));
    if (!password) missing.push('password');
  }
  if (missing.length > 0) throw new UsageError(`Missing ${missing.map((m) => `--${m}`).join(', ')}.`);
  if (!(importEntities as readonly string[]).includes(values.type!)) {
    throw new UsageError(`--type takes ${importEntities.join(', ')}; got "${values.type}".`);
  }
  const dateOrder = values['date-order'];
  if (dateOrder !== undefined && !(dateOrders as readonly string[]).includes(dateOrder)) {
    throw new UsageError(`--date-order takes dmy, mdy or ymd; got "${dateOrder}".`);
  }
  if (!printMapping) {
    let url: URL | undefined;
    try {
      url = new URL(values.server!);
    } catch {
      // Said below.
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new UsageError(`--server must be an http(s) URL such as http://127.0.0.1:8787, got "${values.server}".`);
    }
  }
  return {
    server: values.server ?? '',
    user: values.user ?? '',
    password: password ?? '',
    type: values.type as ImportEntity,
    file: values.file!,
    mapping: values.mapping ?? null,
    printMapping,
    dryRun: values['dry-run'] === true,
    sheet: values.sheet ?? null,
    dateOrder: (dateOrder as DateOrder | undefined) ?? null,
    territory: values.territory ?? null,
  };
};
