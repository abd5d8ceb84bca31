import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportQbrBatch } from '../shared/qbr/batch';
import { quarterText } from '../shared/domain/quarter';
import { packCalendar } from '../shared/qbr/context';
import { enrolledIn } from '../shared/qbr/enrolled';
import { parseCliArgs, UsageError, USAGE } from './qbr/args';
import { HqError, pullEverything, signIn } from './hq/client';
import { PartnerNotFound, pickPartner } from './qbr/pick-partners';

/** `npm run qbr`: signs in to HQ, pulls what the user may see, and writes each partner's pack into a folder. */
const EXIT = { ok: 0, failure: 1, usage: 2, credentials: 3, noPack: 4, server: 5 } as const;

const say = (line: string): void => void process.stderr.write(`${line}\n`);

const run = async (argv: string[]): Promise<number> => {
  const args = parseCliArgs(argv, process.env);
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  say(`Signing in to ${args.server} as ${args.user}…`);
  const tokens = await signIn(args.server, args.user, args.password);
  let pulled = 0;
  const { records } = await pullEverything(args.server, tokens, {
    clientId: `qbr-cli-${crypto.randomUUID()}`,
    onPage: (rows) => {
      pulled += rows;
      say(`Pulled ${pulled} rows…`);
    },
  });
  const visible = args.partner === null ? records.partners.filter((p) => !p.deleted) : [pickPartner(records.partners, args.partner)];
  if (visible.length === 0) throw new PartnerNotFound('You can see no partners, so there is nothing to export.');
  // The quarter is the program's fiscal one: say which calendar days it is before exporting anything.
  const calendar = packCalendar(records);
  say(`Quarter ${quarterText(args.quarter, calendar)}.`);
  // A partner asked for by name is exported or named as failing; --all skips those the quarter does not apply to.
  const { applicable, skipped } = args.partner === null ? enrolledIn(visible, args.quarter, calendar) : { applicable: visible, skipped: [] };
  for (const s of skipped) say(`Skipped ${s.partnerName}: ${s.reason}.`);
  const partners = applicable;

  await mkdir(args.out, { recursive: true });
  const sources = { ...records, people: [{ id: tokens.user.id, displayName: tokens.user.displayName }] };
  let written = 0;
  const result = await exportQbrBatch(sources, partners.map((p) => p.id), {
    quarter: args.quarter,
    asOf: args.asOf,
    formats: args.formats,
    audience: args.audience,
    onPack: async (pack) => {
      for (const file of pack.files) await writeFile(join(args.out, file.name), file.data);
      written += pack.files.length;
    },
    onProgress: (p) => say(`[${p.done}/${p.total}] ${p.partnerName}: ${p.outcome}`),
  });
  say(`Wrote ${written} files to ${args.out}: ${partners.length - result.failures.length} of ${partners.length} packs, ${skipped.length} partners skipped.`);
  for (const f of result.failures) say(`No pack for ${f.partnerName ?? f.partnerId}: ${f.reason}`);
  return result.failures.length > 0 ? EXIT.noPack : EXIT.ok;
};

const exitCodeOf = (error: unknown): number => {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    say(`${error.message}\nRun with --help for usage.`);
    return EXIT.usage;
  }
  if (error instanceof HqError) {
    say(error.message);
    return error.kind === 'credentials' ? EXIT.credentials : EXIT.server;
  }
  if (error instanceof PartnerNotFound) {
    say(error.message);
    return EXIT.noPack;
  }
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT.failure;
};

run(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => (process.exitCode = exitCodeOf(error)),
);
