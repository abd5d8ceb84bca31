import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { dateText } from '../../../shared/domain/date-text';
import { formatCents } from '../../../shared/domain/money';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { protectedUntil } from '../../../shared/registrations/lifecycle';
import { words } from '../../ui/labels';
import { matchText } from './registration-text';
import type { ShownConflict } from './conflicts-to-show';

/** One column of the comparison: a deal as far as it is known. */
interface Column {
  heading: string;
  customer: string;
  domain: string;
  partner: string;
  role: string;
  amount: string;
  registered: string;
  protectedUntil: string;
  stage: string;
}

const day = (iso: string | null | undefined) => (iso ? dateText(iso) : '—');
const partnerOf = (partnerId: string | null, names: ReadonlyMap<string, string> | undefined) =>
  partnerId === null ? 'None: the vendor’s direct team' : (names?.get(partnerId) ?? 'A partner outside your territories');

const columnOfDeal = (heading: string, deal: Opportunity, names: ReadonlyMap<string, string> | undefined): Column => ({
  heading,
  customer: deal.customerName,
  domain: deal.customerDomain ?? '—',
  partner: partnerOf(deal.partnerId, names),
  role: deal.partnerRole ? words(deal.partnerRole) : 'Direct',
  amount: formatCents(deal.amountCents, deal.currency),
  registered: day(deal.registration?.submittedOn ?? deal.registeredOn),
  protectedUntil: day(protectedUntil(deal)),
  stage: words(deal.stage),
});

const columnOfConflict = (conflict: ShownConflict, names: ReadonlyMap<string, string> | undefined): Column => {
  const heading = `${conflict.kind === 'open-direct-deal' ? 'Open direct deal' : 'Protected registration'} · ${matchText[conflict.match]}${
    conflict.foundBy === 'server' ? `, found by the server${conflict.foundOn ? ` ${dateText(conflict.foundOn)}` : ''}` : ', found on this device'
  }`;
  if (conflict.deal) return { ...columnOfDeal(heading, conflict.deal, names), protectedUntil: day(conflict.protectionEndsOn) };
  // The server saw a deal this device does not hold: what it wrote is all there is to show.
  return {
    heading,
    customer: conflict.customerName,
    domain: '—',
    partner: partnerOf(conflict.partnerId, names),
    role: '—',
    amount: formatCents(conflict.amountCents),
    registered: '—',
    protectedUntil: day(conflict.protectionEndsOn),
    stage: '—',
  };
};

const rows: [keyof Omit<Column, 'heading'>, string][] = [
  ['customer', 'Customer'],
  ['domain', 'Customer domain'],
  ['partner', 'Partner'],
  ['role', 'Partner role'],
  ['amount', 'Amount'],
  ['registered', 'Registered'],
  ['protectedUntil', 'Protected until'],
  ['stage', 'Stage'],
];

/**
 * The registration and every deal it collides with, side by side: customer,
 * partners, dates, amounts and roles, so the approver decides who keeps the
 * customer from one table.
 */
export function ConflictComparison({ deal, conflicts, names }: { deal: Opportunity; conflicts: readonly ShownConflict[]; names: ReadonlyMap<string, string> | undefined }) {
  if (conflicts.length === 0) return null;
  const columns = [columnOfDeal('This registration', deal, names), ...conflicts.map((c) => columnOfConflict(c, names))];
  return (
    <Table size="small" aria-label={`Conflict side by side for ${deal.customerName}`}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ color: 'text.secondary' }}>Field</TableCell>
          {columns.map((c, i) => (
            <TableCell key={i} sx={{ fontWeight: 600, verticalAlign: 'top' }}>
              {c.heading}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(([key, label]) => (
          <TableRow key={key}>
            <TableCell component="th" scope="row" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
              {label}
            </TableCell>
            {columns.map((c, i) => (
              <TableCell key={i}>{c[key]}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
