import { Button, Stack, Tooltip, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { closedStatementsOf, type IncentiveStatementRecord } from '../../../shared/domain/incentive-statement-record';
import { dealsByPartner } from '../../../shared/domain/deal-credit';
import type { Partner } from '../../../shared/domain/partner';
import { quarterRange, quarterText } from '../../../shared/domain/quarter';
import { quarterStatement } from '../../../shared/incentives';
import { signedCents } from '../../../shared/incentives/signed-cents';
import { useWorkspace } from '../../app/workspace-context';
import { partnerTypeLabels } from '../../ui/labels';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { notify } from '../../ui/notifier';
import { PartnerLink } from '../../ui/PartnerLink';
import { today } from '../../ui/today';
import { useDealCredit } from '../../ui/use-deal-credit';
import { useExchangeRates } from '../../ui/use-exchange-rates';
import { useFiscalCalendar, useQuarterChoice } from '../../ui/use-fiscal-calendar';
import { useSnapshot } from '../../ui/use-snapshot';
import { QuarterPicker } from './QuarterPicker';
import { closeBlocked, statementStatusText, statusLabels } from './statement-status';

interface Row {
  partner: Partner;
  record: IncentiveStatementRecord | undefined;
  totalCents: number;
  payer: 'vendor' | 'partner';
}

const byPartner = <T extends { partnerId: string | null; deleted: boolean }>(records: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const r of records) if (!r.deleted && r.partnerId !== null) groups.set(r.partnerId, [...(groups.get(r.partnerId) ?? []), r]);
  return groups;
};

/** HQ's view of one quarter's statements: every partner's status and total, and closing them all at once. */
export function QuarterStatements() {
  const { reads, partners: snapshot, sync, hq, demo } = useWorkspace();
  const offline = useStore(sync, (s) => s.state.kind === 'offline');
  const [quarter, setQuarter] = useQuarterChoice();
  const calendar = useFiscalCalendar();
  // As the partner's own tab computes it: its deals and those it is on beside another partner, at HQ's credit and rates.
  const dealCredit = useDealCredit();
  const exchangeRates = useExchangeRates();
  const [closing, setClosing] = useState(false);
  const partners = useSnapshot(snapshot);
  const data = useLiveQuery(async () => {
    const [programs, opportunities, certifications, statements] = await Promise.all([
      reads.rows('incentivePrograms'),
      reads.rows('opportunities'),
      reads.rows('certifications'),
      reads.rows('incentiveStatements'),
    ]);
    return { programs, opportunities: dealsByPartner(opportunities), certifications: byPartner(certifications), statements: byPartner(statements) };
  }, [reads]);

  const rows = useMemo<Row[]>(() => {
    if (!data || !partners) return [];
    return partners.map((partner) => {
      const records = data.statements.get(partner.id) ?? [];
      const statement = quarterStatement({
        partner,
        programs: data.programs,
        opportunities: data.opportunities.get(partner.id) ?? [],
        certifications: data.certifications.get(partner.id) ?? [],
        dealCredit,
        exchangeRates,
        calendar,
        quarter,
        closed: closedStatementsOf(records, partner.id),
      });
      return { partner, record: records.find((r) => r.quarter === quarter), totalCents: statement.totalCents, payer: statement.payer };
    });
  }, [data, partners, quarter, dealCredit, exchangeRates, calendar]);

  const columns = useMemo<ListColumn<Row>[]>(
    () => [
      { id: 'partner', header: 'Partner', value: (r) => r.partner.name, cell: (r) => <PartnerLink id={r.partner.id} name={r.partner.name} tab="incentives" /> },
      { id: 'type', header: 'Type', width: '14%', value: (r) => partnerTypeLabels[r.partner.partnerType] },
      { id: 'status', header: 'Status', width: '10%', value: (r) => statusLabels[r.record?.status ?? 'open'] },
      {
        id: 'total',
        header: 'Total',
        kind: 'money',
        align: 'right',
        width: '14%',
        value: (r) => r.totalCents / 100,
        text: (r) => `${signedCents(r.totalCents)}${r.payer === 'partner' ? ' owed' : ''}`,
      },
      { id: 'detail', header: 'Where it stands', width: '36%', wrap: true, value: (r) => statementStatusText(r.record) },
    ],
    [],
  );

  const open = rows.filter((r) => !r.record).length;
  const blocked = closeBlocked(quarterRange(quarter, calendar), today(), { demo: demo || !hq, offline });
  const closeAll = async () => {
    if (!hq) return;
    setClosing(true);
    try {
      const answer = await hq.closeStatements(quarter);
      const refused = answer.refused.length > 0 ? `; ${answer.refused.length} could not be frozen: ${answer.refused[0]!.reason}` : '';
      notify(`Closed ${answer.closed.length} statements for ${quarter}${refused}.`, { severity: answer.refused.length > 0 ? 'error' : 'success' });
    } catch (error) {
      notify(`The statements were not closed: ${(error as Error).message}`, { severity: 'error' });
    } finally {
      setClosing(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h3" sx={{ flexGrow: 1 }}>
          Statements for {quarterText(quarter, calendar)}
        </Typography>
        <QuarterPicker value={quarter} onChange={setQuarter} />
        <Tooltip title={blocked ?? ''}>
          <span>
            <Button variant="contained" onClick={() => void closeAll()} disabled={Boolean(blocked) || open === 0 || closing}>
              Close all for {quarter}
            </Button>
          </span>
        </Tooltip>
      </Stack>
      {blocked && (
        <Typography variant="caption" color="text.secondary">
          {blocked}
        </Typography>
      )}
      <ListTable
        label={`Incentive statements ${quarter}`}
        rows={rows}
        rowKey={(r) => r.partner.id}
        columns={columns}
        emptyText="No partners yet."
        toolbar={<Typography variant="body2">{`${rows.length - open} closed, ${open} open`}</Typography>}
        testId="quarter-statements"
      />
    </Stack>
  );
}
