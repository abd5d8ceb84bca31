import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { loadSet } from '../../shared/demo';
import type { PartnerType } from '../../shared/domain';
import { toSalesforceId18 } from '../../shared/import';
import { inBrowserPage } from './browser-page';
import type { ImportBench } from './import.page';
import type { Bench, Metric } from './types';

/** A fixed "today", so every run imports byte-identical files. */
const AS_OF = '2026-11-22';
/** Issue 13: 10,000 partners and 50,000 contacts from CSV. */
const PARTNERS = 10_000;
const CONTACTS = 50_000;

const entry = fileURLToPath(new URL('./import.page.ts', import.meta.url));

/** Salesforce's standard Account Type words for our partner types, as a report export spells them. */
const typeWords: Record<PartnerType, string> = { isv: 'Technology Partner', reseller: 'Channel Partner / Reseller', oem: 'OEM', si: 'System Integrator' };

/** A 15-character Salesforce id from a number, with its key prefix (001 accounts, 003 contacts), written in the 18-character form. */
const salesforceId = (prefix: string, n: number): string => toSalesforceId18(`${prefix}5g0000${n.toString(36).padStart(6, '0')}`);

/**
 * The two files a program exports from Salesforce: an accounts report and
 * a Data Loader contacts export, made from the load set's partners and
 * contacts (five contacts a partner, invented where the load set has fewer).
 */
const exports = (): { accounts: string; contacts: string } => {
  const { records } = loadSet(AS_OF);
  const partners = records.partners.slice(0, PARTNERS);
  const accountIds = new Map(partners.map((p, i) => [p.id, salesforceId('001', i)]));
  const accounts = Papa.unparse({
    fields: ['Account ID', 'Account Name', 'Type', 'Website', 'Billing City', 'Billing Country', 'Industry'],
    data: partners.map((p) => [accountIds.get(p.id), p.name, typeWords[p.partnerType], p.website ?? '', 'Boston', p.region, p.vertical]),
  });
  const perPartner = CONTACTS / PARTNERS;
  const byPartner = new Map<string, (typeof records.contacts)[number][]>();
  for (const c of records.contacts) byPartner.set(c.partnerId, [...(byPartner.get(c.partnerId) ?? []), c]);
  const contactRows = partners.flatMap((p, i) =>
    Array.from({ length: perPartner }, (_, k) => {
      const known = byPartner.get(p.id)?.[k];
      const [first, ...rest] = (known?.name ?? `Contact ${k + 1}`).split(' ');
      const n = i * perPartner + k;
      return [salesforceId('003', n), accountIds.get(p.id), first, rest.join(' ') || 'Partner', known?.role ?? 'Alliance Manager', `person${n}@partner${i}.example`];
    }),
  );
  const contacts = Papa.unparse({ fields: ['Id', 'AccountId', 'FirstName', 'LastName', 'Title', 'Email'], data: contactRows });
  return { accounts: `\uFEFF${accounts}`, contacts };
};

/**
 * CRM import in real Chromium and IndexedDB, as the dialog runs it: read,
 * detect, map, convert and plan each file (the preview ready), then apply
 * the plan through the repository in chunks; beside it, the repository's own
 * bulk write of the same records into a fresh store, the floor any import is
 * held to (issue 13: preview ≤ 5 s, apply ≤ 1.5× the bulk write). The bulk
 * write is the user write `createMany` (validated, queued for sync, as every
 * imported row must be); the raw bulk load a sync pull uses (no outbox) is
 * reported too, so the cost of queueing every row for sync stays in view.
 */
export const importBench: Bench = {
  name: 'import',
  run: async (): Promise<Metric[]> => {
    const files = exports();
    return inBrowserPage(entry, (page) =>
      page.evaluate((f) => (window as unknown as { importBench: ImportBench }).importBench(f), files) as Promise<Metric[]>,
    );
  },
};
