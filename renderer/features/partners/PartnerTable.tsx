import { GlobalStyles } from '@mui/material';
import type { Theme } from '@mui/material/styles';
import { memo, useEffect, useRef, useState } from 'react';
import type { Partner } from '../../../shared/domain/partner';
import { hrefOf, navigate } from '../../app/router';
import { partnerTypeLabels, statusLabels, tierLabels } from '../../ui/labels';
import { useWindowedRows } from '../../ui/use-windowed-rows';
import type { PartnerFlags } from './partner-flags';

const ROW_HEIGHT = 40;
const VIEWPORT = 'calc(100vh - 290px)';
const columns = ['Name', 'Type', 'Tier', 'Status', 'Territory', 'Region', 'Attention'] as const;
const widths = ['25%', '15%', '9%', '10%', '13%', '13%', '15%'];

/**
 * One row, plain table elements styled once by the table: the list redraws
 * on every keystroke, and a few dozen plain rows cost a fraction of the same
 * rows built from styled components. Memoized, so rows that stay in view are
 * not redrawn.
 */
const PartnerRow = memo(function PartnerRow({
  partner,
  territory,
  flag,
  index,
}: {
  partner: Partner;
  territory: string;
  flag: PartnerFlags | undefined;
  index: number;
}) {
  const href = hrefOf({ section: 'partner', partnerId: partner.id, tab: 'overview' });
  return (
    <tr aria-rowindex={index + 2} onClick={() => navigate({ section: 'partner', partnerId: partner.id, tab: 'overview' })}>
      <td>
        <a href={href} onClick={(e) => e.stopPropagation()}>
          {partner.name}
        </a>
      </td>
      <td>{partnerTypeLabels[partner.partnerType]}</td>
      <td>{tierLabels[partner.tier]}</td>
      <td>{statusLabels[partner.status]}</td>
      <td>{territory}</td>
      <td>{partner.region}</td>
      <td>
        {flag?.tierAtRisk && <span className="flag at-risk">Tier at risk</span>}
        {flag?.commercialModelIncomplete && <span className="flag">Model incomplete</span>}
      </td>
    </tr>
  );
});

const TABLE_CLASS = 'partner-table';

/**
 * The table's look, as one style sheet keyed by a class rather than `sx`
 * props: the table redraws on every keystroke, and `sx` would rebuild and
 * hash its styles each time. Theme colours are CSS variables, so the sheet
 * never changes with light or dark. Memoized without props: written once.
 */
const TableStyles = memo(function TableStyles() {
  return <GlobalStyles styles={tableStyles} />;
});

const tableStyles = (theme: Theme) => {
  const { palette } = theme.vars ?? theme;
  const line = `1px solid ${palette.divider}`;
  const cell = { padding: theme.spacing(0, 2), height: ROW_HEIGHT, borderBottom: line };
  return {
    [`.${TABLE_CLASS}`]: {
      height: VIEWPORT,
      minHeight: 240,
      overflow: 'auto',
      // The box's size never depends on its rows, so a redrawn row never makes the browser lay out the page again.
      contain: 'strict',
      border: line,
      borderRadius: theme.shape.borderRadius,
      '& table': { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', ...theme.typography.body2 },
      '& th': { ...cell, position: 'sticky', top: 0, zIndex: 1, backgroundColor: palette.background.paper, textAlign: 'left', fontWeight: 500 },
      // One line per row, always: windowing assumes every row is ROW_HEIGHT tall.
      '& td': { ...cell, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
      '& tbody tr': { cursor: 'pointer' },
      '& tbody tr:hover': { backgroundColor: palette.action.hover },
      '& td a': { color: 'inherit', textDecoration: 'none', fontWeight: 500 },
      // Small badges drawn like MUI's small chips, without a component per badge.
      '& .flag': {
        display: 'inline-block',
        marginRight: theme.spacing(0.5),
        padding: theme.spacing(0, 1),
        lineHeight: '22px',
        borderRadius: 11,
        border: `1px solid ${palette.text.disabled}`,
        fontSize: theme.typography.pxToRem(12),
      },
      '& .flag.at-risk': { backgroundColor: palette.warning.main, borderColor: palette.warning.main, color: palette.warning.contrastText },
    },
  };
};

/** The scroll box's height, kept current, so the window holds exactly the rows that fit. */
const useHeight = () => {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(800);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setHeight(entry.contentRect.height));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, height };
};

/**
 * Every matching partner in one scrolling table, only the rows in view in
 * the DOM. The padding above and below stands in for the rows not drawn, so
 * the scrollbar reads true and the sticky header stays put.
 */
export const PartnerTable = memo(function PartnerTable({
  partners,
  territoryName,
  flags,
}: {
  partners: readonly Partner[];
  territoryName: ReadonlyMap<string, string>;
  flags: ReadonlyMap<string, PartnerFlags> | undefined;
}) {
  const { ref, height } = useHeight();
  const { first, last, before, after, onScroll } = useWindowedRows(partners.length, ROW_HEIGHT, height);
  return (
    <div ref={ref} onScroll={onScroll} data-testid="partner-table-scroll" className={TABLE_CLASS}>
      <TableStyles />
      <div style={{ paddingTop: before, paddingBottom: after }}>
        <table aria-label="Partners" aria-rowcount={partners.length + 1}>
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {partners.slice(first, last).map((partner, i) => (
              <PartnerRow
                key={partner.id}
                partner={partner}
                territory={territoryName.get(partner.territoryId) ?? partner.territoryId}
                flag={flags?.get(partner.id)}
                index={first + i}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});
