import { describe, expect, it } from 'vitest';
import type { Integration, OemUsageReport } from '../../../../shared/domain/partner';
import { validate } from '../../../../shared/domain/validation';
import { attributeListFor, attributeLists, withEntry, withEntryAt, withoutEntry } from '../../../../renderer/features/partners/attribute-lists';

const { integrations, productLines, usageReports } = attributeLists;

describe("a partner's attribute lists", () => {
  it('belong to the partner type: integrations for ISVs, product lines for resellers, shipment reports for OEMs, none for SIs', () => {
    const integration: Integration = { name: 'CRM connector', depth: 'api', certificationStatus: 'certified', marketplaceListed: true };
    expect(attributeListFor({ partnerType: 'isv', integrations: [integration], jointCustomers: 3, jointCustomersUsingIntegration: 1 })).toEqual({
      list: integrations,
      items: [integration],
    });
    expect(attributeListFor({ partnerType: 'reseller', productLines: [], renewalManagedCustomers: 0 })?.list).toBe(productLines);
    expect(attributeListFor({ partnerType: 'oem', embeddedProduct: 'Edge', usageReports: [], minimumCommitmentCents: 0 })?.list).toBe(usageReports);
    expect(attributeListFor({ partnerType: 'si', practiceSize: 4, certifiedConsultants: 1, competencyLevel: 'advanced', accountProtectionDays: 90 })).toBeNull();
  });

  it('turn an entry into the text a manager edits and back without change', () => {
    const integration: Integration = { name: 'Billing API', depth: 'native', certificationStatus: 'in-progress', marketplaceListed: false };
    expect(integrations.toItem(integrations.toDraft(integration, '2026-Q4'))).toEqual(integration);
    expect(productLines.toItem(productLines.toDraft({ name: 'Analytics', competing: true }, '2026-Q4'))).toEqual({ name: 'Analytics', competing: true });
    const report: OemUsageReport = { quarter: '2026-Q3', units: 12_500, activations: 9_100 };
    expect(usageReports.toItem(usageReports.toDraft(report, '2026-Q4'))).toEqual(report);
  });

  it('read typed numbers with thousands separators and quarters in any case', () => {
    expect(usageReports.toItem({ quarter: ' 2026-q2 ', units: '12,500', activations: '900' })).toEqual({ quarter: '2026-Q2', units: 12_500, activations: 900 });
  });

  it('name the field at fault when an entry is invalid', () => {
    const bad = validate(usageReports.schema, usageReports.toItem({ quarter: 'Q3 2026', units: '', activations: '-4' }));
    expect(bad.ok).toBe(false);
    const fields = bad.ok ? [] : bad.errors.map((e) => e.field).sort();
    expect(fields).toEqual(['activations', 'quarter', 'units']);
    const unnamed = validate(integrations.schema, integrations.toItem(integrations.toDraft(undefined, '2026-Q4')));
    expect(unnamed.ok ? [] : unnamed.errors.map((e) => e.field)).toEqual(['name']);
  });

  it('refuse a second report for a quarter and a second line or integration of the same name, but not the entry itself', () => {
    const q3: OemUsageReport = { quarter: '2026-Q3', units: 1, activations: 1 };
    expect(usageReports.clash!({ ...q3, units: 5 }, [q3])).toEqual({ field: 'quarter', message: '2026-Q3 already has a report: edit that one' });
    expect(usageReports.clash!(q3, [])).toBeNull();
    expect(productLines.clash!({ name: 'analytics ', competing: false }, [{ name: 'Analytics', competing: true }])?.field).toBe('name');
    expect(integrations.clash!({ name: 'CRM', depth: 'api', certificationStatus: 'certified', marketplaceListed: false }, [])).toBeNull();
  });

  it('show shipment reports newest quarter first', () => {
    const reports: OemUsageReport[] = ['2026-Q1', '2026-Q3', '2025-Q4'].map((quarter) => ({ quarter, units: 1, activations: 1 }));
    expect([...reports].sort(usageReports.order).map((r) => r.quarter)).toEqual(['2026-Q3', '2026-Q1', '2025-Q4']);
  });

  it('add, replace, remove and put back entries without touching the others', () => {
    const list = ['a', 'b', 'c'];
    expect(withEntry(list, null, 'd')).toEqual(['a', 'b', 'c', 'd']);
    expect(withEntry(list, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(withoutEntry(list, 1)).toEqual(['a', 'c']);
    expect(withEntryAt(withoutEntry(list, 1), 1, 'b')).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
