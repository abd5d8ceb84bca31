import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  checkImportSize,
  convertRows,
  ImportFileError,
  lastImportedFrom,
  planImport,
  readImportFile,
  type ImportEntity,
  type ImportStore,
  type ImportUser,
} from '../shared/import';
import type { Territory } from '../shared/domain/organization';
import type { Tokens } from '../shared/sync/protocol';
import { cliDevice } from './hq/cli-device';
import { HqError, pullEverything, signIn } from './hq/client';
import { parseImportArgs, UsageError, USAGE, type ImportArgs } from './import/args';
import { planChanges } from './import/changes';
import { chooseMapping, describeMapping } from './import/mapping';
import { mappingFileText, parseMappingFile, type MappingFile } from './import/mapping-file';
import { pushImport, type PushedImport } from './import/push-import';
import { report } from './import/report';

/**
 * `npm run import`: the app's import (shared/import) from the command line.
 * Reads the file, signs in, pulls what the user may see, plans the import
 * against it (with what the earlier imports from the same source read, as
 * the dialog plans: a re-import writes a field only where the CRM changed it
 * since, so a manager's edit made in the app stands), and pushes the new records and the changed fields as a device
 * would, with the record of the import the app's dialog writes (who, when,
 * which file, what it did, per record what undo needs: import/run-record.ts),
 * so the app lists it under Past imports and can undo it. Progress on
 * stderr, the summary on stdout.
 */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const say = (line: string): void => void process.stderr.write(`${line}\n`);

/** The file's bytes, refused before reading when it is over the import's limit. */
const readInput = async (path: string, flag: string): Promise<Uint8Array> => {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`${flag} ${path} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${flag} ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  if (flag === '--file') checkImportSize(size, basename(path));
  return new Uint8Array(await readFile(path));
};

const readMappingFile = async (path: string | null): Promise<MappingFile | null> => {
  if (path === null) return null;
  const parsed = parseMappingFile(new TextDecoder().decode(await readInput(path, '--mapping')), path);
  if (!parsed.ok) throw new UsageError(parsed.problem);
  return parsed.mapping;
};

/**
 * Where new partners go: the one territory the user works, or the one
 * --territory names among theirs. Contacts, deals and the rest go where their
 * partner is (planChanges), so for them any of the user's territories will do.
 */
const pickTerritory = (tokens: Tokens, territories: readonly Territory[], wanted: string | null, entity: ImportEntity): string => {
  const mine = tokens.user.territoryIds;
  const nameOf = (id: string): string => territories.find((t) => t.id === id)?.name ?? id;
  if (wanted === null) {
    if (mine.length === 1 || (mine.length > 1 && entity !== 'partners')) return mine[0]!;
    if (mine.length === 0) throw new UsageError(`${tokens.user.email} works no territory, so there is nowhere to import into.`);
    throw new UsageError(`You work ${mine.length} territories: name one with --territory (${mine.map(nameOf).join(', ')}).`);
  }
  const found = mine.find((id) => id === wanted || nameOf(id).toLowerCase() === wanted.trim().toLowerCase());
  if (!found) throw new UsageError(`--territory "${wanted}" is not one of your territories (${mine.map(nameOf).join(', ') || 'none'}).`);
  return found;
};

const run = async (argv: string[]): Promise<number> => {
  const args = parseImportArgs(argv, process.env);
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const saved = await readMappingFile(args.mapping);
  const fileName = basename(args.file);
  const file = await readImportFile(fileName, await readInput(args.file, '--file'), args.sheet === null ? {} : { sheet: args.sheet });
  say(`Read ${fileName}: ${file.table.rows.length} rows${file.format === 'xlsx' ? ` from sheet "${file.sheet}"` : ` (${file.encoding}, "${file.delimiter}"-separated)`}.`);

  if (args.printMapping) {
    const chosen = chooseMapping(file, args.type, saved, []);
    process.stdout.write(mappingFileText(chosen.mapping, chosen.values));
    return EXIT.ok;
  }

  say(`Signing in to ${args.server} as ${args.user}…`);
  const tokens = await signIn(args.server, args.user, args.password);
  const device = await cliDevice('import', args.server, tokens.user.id);
  let pulledRows = 0;
  const pulled = await pullEverything(args.server, tokens, {
    clientId: device.clientId,
    onPage: (rows) => {
      pulledRows += rows;
      say(`Pulled ${pulledRows} rows…`);
    },
  });
  return importPulled(args, { file, fileName, saved, tokens, device, pulled });
};

const importPulled = async (
  args: ImportArgs,
  { file, fileName, saved, tokens, device, pulled }: {
    file: Awaited<ReturnType<typeof readImportFile>>;
    fileName: string;
    saved: MappingFile | null;
    tokens: Tokens;
    device: Awaited<ReturnType<typeof cliDevice>>;
    pulled: Awaited<ReturnType<typeof pullEverything>>;
  },
): Promise<number> => {
  const { records } = pulled;
  const users: ImportUser[] = [{ id: tokens.user.id, name: tokens.user.displayName, email: tokens.user.email }];
  const chosen = chooseMapping(file, args.type, saved, users);
  const detected = chosen.detection.source === 'generic' ? 'no known CRM export' : `${chosen.detection.source}${chosen.detection.flavor ? ` ${chosen.detection.flavor}` : ''}`;
  say(`Source: ${saved ? `the mapping in ${args.mapping}` : detected}.`);
  for (const line of describeMapping(chosen)) say(line);

  const territoryId = pickTerritory(tokens, records.territories, args.territory, args.type);
  const nowMs = Date.now() + pulled.clockOffsetMs;
  const context = { territoryId, userId: tokens.user.id, now: new Date(nowMs).toISOString() };
  const conversion = convertRows(file.table, {
    mapping: chosen.mapping,
    values: chosen.values,
    context,
    ...(args.dateOrder ? { dateOrder: args.dateOrder } : {}),
  });
  if (conversion.dateFormat.ambiguous) {
    throw new UsageError(`The dates in ${fileName} read more than one way (${conversion.dateFormat.candidates.join(' or ')}): say which with --date-order.`);
  }
  const store: ImportStore = {
    partners: records.partners,
    contacts: records.contacts,
    certificationPrograms: records.certificationPrograms,
    certifications: records.certifications,
    opportunities: records.opportunities,
    activities: records.activities,
  };
  // What the last standing imports from this source read (their records came with the pull, from the user's territories),
  // as the dialog passes it: a field is written only where the CRM changed it since, so a manager's edit in the app stands.
  const lastImported = new Map(Object.entries(lastImportedFrom(records.importRuns, records.importRunParts, chosen.mapping.source, chosen.mapping.entity)));
  const plan = planImport(conversion, { context, store, lastImported });
  const changes = planChanges(plan, store, { clientId: device.clientId, cursors: pulled.cursors, nowMs });

  // Not a dry run: the rows, with the record of the import the app writes (listed under Past imports, undoable there).
  const pushed: PushedImport | null = args.dryRun
    ? null
    : await pushImport({
        plan,
        store,
        changes,
        territoryId,
        userId: tokens.user.id,
        fileName,
        mapping: chosen.mapping,
        values: chosen.values,
        cursors: pulled.cursors,
        clockOffsetMs: pulled.clockOffsetMs,
        server: args.server,
        tokens,
        device,
        say,
      });
  const summary = report(plan, {
    fileName,
    dryRun: args.dryRun,
    answers: pushed?.answers ?? [],
    ...(pushed?.stopped ? { stopped: pushed.stopped } : {}),
    ...(pushed ? { record: pushed.record } : {}),
  });
  process.stdout.write(`${summary.lines.join('\n')}\n`);
  return summary.failures > 0 ? EXIT.failed : EXIT.ok;
};

const exitCodeOf = (error: unknown): number => {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    say(`${error.message}\nRun with --help for usage.`);
    return EXIT.usage;
  }
  if (error instanceof ImportFileError) {
    say(`--file: ${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof HqError) {
    say(error.message);
    return error.kind === 'credentials' ? EXIT.usage : EXIT.failed;
  }
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT.failed;
};

run(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => (process.exitCode = exitCodeOf(error)),
);
