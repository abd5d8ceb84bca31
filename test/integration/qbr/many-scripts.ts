import { shiftQuarter } from '../../../shared/domain/quarter';
import type { QbrSources } from '../../../shared/qbr';
import { demoPartner, QUARTER, workspace } from '../../unit/shared/qbr/demo';

/**
 * The demo reseller rewritten in the scripts a pack must print: Hebrew,
 * Arabic, a right-to-left name mixed with Latin and digits, Cyrillic, Greek,
 * Latin beyond Latin-1, and emoji. Each string sits in a field the PDF
 * prints somewhere different: the cover and footers, a facts table, a data
 * table, a chart's categories, the document properties.
 */
export const WRITTEN = {
  partnerName: 'Acme בע"מ 2026 🚀',
  vendorName: 'Северный Софт',
  region: 'Αθήνα',
  vertical: 'Телекоммуникации',
  contactName: 'שרה כהן',
  contactRole: 'مديرة الشراكات',
  productLine: 'Łódź Ærø Ŧ ő',
  commitment: 'تدريب الفريق 🎯 done',
  solution: 'Λύση ☁️ Cloud',
} as const;

const partner = demoPartner('reseller');

/** The workspace with the reseller, its primary contact, one commitment and one joint solution rewritten. */
export const manyScriptsWorkspace = (): { sources: QbrSources; partnerId: string } => {
  // The pack prints last quarter's and next quarter's commitments.
  const printed: string[] = [shiftQuarter(QUARTER, -1), shiftQuarter(QUARTER, 1)];
  const commitment = workspace.commitments.find((c) => !c.deleted && c.partnerId === partner.id && printed.includes(c.quarter));
  const contact = workspace.contacts.find((c) => !c.deleted && c.partnerId === partner.id && c.primary);
  const solution = workspace.jointSolutions.find((s) => !s.deleted && s.partnerId === partner.id);
  if (!commitment || !contact || !solution || partner.attributes.partnerType !== 'reseller') throw new Error('The demo reseller lacks a commitment, a primary contact or a joint solution');
  return {
    partnerId: partner.id,
    sources: {
      ...workspace,
      partners: workspace.partners.map((p) =>
        p.id === partner.id && p.attributes.partnerType === 'reseller'
          ? { ...p, name: WRITTEN.partnerName, region: WRITTEN.region, vertical: WRITTEN.vertical, attributes: { ...p.attributes, productLines: [{ name: WRITTEN.productLine, competing: false }] } }
          : p,
      ),
      contacts: workspace.contacts.map((c) => (c.id === contact.id ? { ...c, name: WRITTEN.contactName, role: WRITTEN.contactRole } : c)),
      commitments: workspace.commitments.map((c) => (c.id === commitment.id ? { ...c, description: WRITTEN.commitment } : c)),
      jointSolutions: workspace.jointSolutions.map((s) => (s.id === solution.id ? { ...s, name: WRITTEN.solution } : s)),
    },
  };
};
