import { GLOBAL_TERRITORY, partnerTypes } from '../../../shared/domain/common';
import type { CertificationProgram } from '../../../shared/domain/certification';
import { words } from '../../ui/labels';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

const tracks = ['sales', 'presales', 'technical', 'services'] as const;

export const certificationProgramFields: FieldSpec[] = [
  { name: 'name', label: 'Name', required: true, width: 8 },
  { name: 'code', label: 'Program code', required: true, width: 4 },
  { name: 'track', label: 'Track', options: tracks.map((t) => [t, words(t)] as const), width: 6 },
  { name: 'validityMonths', label: 'Validity (months)', kind: 'number', width: 6 },
  { name: 'partnerTypes', label: 'Partner types (comma-separated: isv, reseller, oem, si)', helperText: partnerTypes.join(', ') },
];

/** A certification track HQ offers, program-wide. */
export const certificationProgramForm = (program: CertificationProgram | undefined): RecordFormSpec<'certificationPrograms', Draft> => ({
  table: 'certificationPrograms',
  record: program,
  draftOf: (p) => ({
    name: p?.name ?? '',
    code: p?.code ?? '',
    track: p?.track ?? 'sales',
    validityMonths: String(p?.validityMonths ?? 24),
    partnerTypes: (p?.partnerTypes ?? []).join(', '),
  }),
  toRecord: (d) => ({
    territoryId: GLOBAL_TERRITORY,
    name: d.name,
    code: d.code,
    track: d.track,
    validityMonths: d.validityMonths?.trim() ? Number(d.validityMonths) : undefined,
    partnerTypes: (d.partnerTypes ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
  }),
});
