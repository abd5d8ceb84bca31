import { quarterRangeText } from '../../domain/quarter';
import { formatCents } from '../../domain/money';
import { countOf } from '../../domain/text';
import { formatValue } from '../format';
import type { QbrSnapshot } from '../snapshot';
import { cents, count, date, ratio, text } from '../units';
import { codeWords } from '../words';
import { column, type QbrSectionView } from './blocks';
import { chartBlock, factsBlock, overQuarters, tableBlock } from './parts';

/** Joint pipeline and wins: what was built together, what closed, and what is next on the biggest open deals. */
export const pipelineView = (s: QbrSnapshot): Omit<QbrSectionView, 'key' | 'title'> => {
  const p = s.pipeline;
  const q = s.quarter.label;
  const dated = quarterRangeText(s.quarter);
  const open = p.byRole.reduce((sum, r) => sum + r.openCents, 0);
  const won = p.byRole.reduce((sum, r) => sum + r.wonCents, 0);
  const active = p.byRole.filter((r) => r.openDeals > 0 || r.wonCents > 0);
  const winRate = p.winRate.partner.closed > 0 ? `, ${p.winRate.partner.won} of ${p.winRate.partner.closed} closed deals won` : '';
  return {
    subtitle: `${formatCents(won)} won together in ${dated}${winRate}; ${formatCents(open)} open`,
    blocks: [
      ...chartBlock(overQuarters('Pipeline created together, by partner role', p.quarters, s.quarter), 'cents', p.quarters, p.byRole.map((r) => ({ name: codeWords(r.role), values: r.createdCents }))),
      ...factsBlock(`Win rate and deal size, ${q}`, [
        ...(p.winRate.partner.closed > 0 ? [{ label: `Win rate with you (${p.winRate.partner.won} of ${p.winRate.partner.closed} closed)`, value: ratio(p.winRate.partner.rate) }] : []),
        ...(p.winRate.direct.closed > 0 ? [{ label: `Win rate without a partner (${p.winRate.direct.won} of ${p.winRate.direct.closed} closed)`, value: ratio(p.winRate.direct.rate) }] : []),
        { label: 'Win-rate lift with you', value: { value: p.winRate.liftPp, unit: 'percentage-points' } },
        ...(p.dealSize.coSellDeals > 0 ? [{ label: `Average co-sell deal (${countOf(p.dealSize.coSellDeals, 'deal')})`, value: cents(p.dealSize.coSellCents) }] : []),
        ...(p.dealSize.directDeals > 0 ? [{ label: `Average deal without a partner (${countOf(p.dealSize.directDeals, 'deal')})`, value: cents(p.dealSize.directCents) }] : []),
      ]),
      ...tableBlock(
        'Sourced, influenced and co-sell',
        [column('Role', 'text', 2), column('Open pipeline', 'cents', 2), column('Open deals', 'count', 1.5), column(`Won in ${q}`, 'cents', 2)],
        active.map((r) => [text(codeWords(r.role)), cents(r.openCents), count(r.openDeals), cents(r.wonCents)]),
      ),
      ...tableBlock(
        `Won together in ${q}`,
        [column('Customer', 'text', 3), column('Role', 'text', 1.3), column('Amount', 'cents', 1.5), column('Closed', 'date', 1.3), column('New customer', 'text', 1.2)],
        p.wins.map((w) => [text(w.customerName), text(codeWords(w.role)), cents(w.amountCents), date(w.closeOn), text(w.newCustomer ? 'Yes' : 'No')]),
      ),
      ...tableBlock(
        'Largest open opportunities and next steps',
        [column('Customer', 'text', 2.4), column('Role', 'text', 1.2), column('Stage', 'text', 1.2), column('Amount', 'cents', 1.4), column('Close', 'date', 1.3), column('Next step', 'text', 3.5)],
        p.top.map((o) => [text(o.customerName), text(codeWords(o.role)), text(codeWords(o.stage)), cents(o.amountCents), date(o.closeOn), text(o.nextStep ?? 'To agree today')]),
      ),
    ],
    notes: [
      `Wins first: ${p.wins.length === 0 ? `no joint deal closed won in ${q}` : p.wins.slice(0, 3).map((w) => `${w.customerName} (${formatCents(w.amountCents)})`).join(', ')}.`,
      p.top.length === 0 ? 'No open deal to review: ask which accounts they are working and register them.' : `Walk the largest open deals and confirm each next step; ${p.top.filter((o) => o.nextStep === null).length} have none agreed yet.`,
      `Basis: the partner's deals in the records on ${s.asOf}; pipeline by creation quarter, wins by close date; win rate counts deals closed in ${dated}, won over won plus lost (metric definitions version ${s.metricDefinitionsVersion}).`,
      ...(p.winRate.liftPp === null ? [] : [`Win-rate lift ${formatValue(p.winRate.liftPp, 'percentage-points')} against deals the vendor closed without a partner in the territory.`]),
    ],
  };
};
