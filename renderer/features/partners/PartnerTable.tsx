import { memo, useMemo, type ReactNode } from 'react';
import type { Partner } from '../../../shared/domain/partner';
import { hrefOf, navigate } from '../../app/router';
import { partnerTypeLabels, statusLabels, tierLabels } from '../../ui/labels';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import type { PartnerFlags } from './partner-flags';

const tierRank = { registered: 0, silver: 1, gold: 2, platinum: 3 } as const;
/** "Qualifies for Silver": the tier it meets today, below the one recorded (the Tier column). */
const belowText = (flag: PartnerFlags | undefined): string | false => !!flag?.qualifiesBelow && `Qualifies for ${tierLabels[flag.qualifiesBelow]}`;
const attentionText = (flag: PartnerFlags | undefined): string =>
  [flag?.tierAtRisk && 'Tier at risk', belowText(flag), flag?.commercialModelIncomplete && 'Model incomplete'].filter(Boolean).join(', ');

const open = (partner: Partner) => navigate({ section: 'partner', partnerId: partner.id, tab: 'overview' });

/**
 * Every matching partner in one scrolling, sortable table, only the rows in
 * view in the DOM. Cells are plain elements (a link, small badges) styled by
 * the table's sheet: the list redraws on every search keystroke.
 */
export const PartnerTable = memo(function PartnerTable({
  partners,
  shown,
  territoryName,
  flags,
  emptyText,
  toolbar,
}: {
  /** Every partner of the workspace, by name; `shown` the ones the filters let through. */
  partners: readonly Partner[];
  shown: readonly Partner[];
  territoryName: ReadonlyMap<string, string>;
  flags: ReadonlyMap<string, PartnerFlags> | undefined;
  emptyText: string;
  /** The count of partners shown, beside the Export menu. */
  toolbar: ReactNode;
}) {
  const columns = useMemo<ListColumn<Partner>[]>(() => {
    const territory = (p: Partner) => territoryName.get(p.territoryId) ?? p.territoryId;
    return [
      {
        id: 'name',
        header: 'Name',
        width: '25%',
        value: (p) => p.name,
        cell: (p) => (
          <a className="row-link" href={hrefOf({ section: 'partner', partnerId: p.id, tab: 'overview' })} onClick={(e) => e.stopPropagation()}>
            {p.name}
          </a>
        ),
      },
      { id: 'type', header: 'Type', width: '15%', value: (p) => partnerTypeLabels[p.partnerType] },
      { id: 'tier', header: 'Tier', width: '9%', value: (p) => tierRank[p.tier], text: (p) => tierLabels[p.tier] },
      { id: 'status', header: 'Status', width: '10%', value: (p) => statusLabels[p.status] },
      { id: 'territory', header: 'Territory', width: '13%', value: territory },
      { id: 'region', header: 'Region', width: '13%', value: (p) => p.region },
      {
        id: 'attention',
        header: 'Attention',
        width: '15%',
        value: (p) => attentionText(flags?.get(p.id)),
        cell: (p) => {
          const flag = flags?.get(p.id);
          return (
            <>
              {flag?.tierAtRisk && <span className="flag at-risk">Tier at risk</span>}
              {flag?.qualifiesBelow && <span className="flag at-risk">{belowText(flag)}</span>}
              {flag?.commercialModelIncomplete && <span className="flag">Model incomplete</span>}
            </>
          );
        },
      },
    ];
  }, [territoryName, flags]);
  return (
    <ListTable
      label="Partners"
      rows={partners}
      shown={shown}
      rowKey={(p) => p.id}
      columns={columns}
      emptyText={emptyText}
      onRowClick={open}
      fill
      testId="partner-table-scroll"
      toolbar={toolbar}
    />
  );
});
