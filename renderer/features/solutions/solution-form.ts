import type { JointSolution } from '../../../shared/domain/joint-solution';
import type { Partner } from '../../../shared/domain/partner';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

export const solutionFields: FieldSpec[] = [
  { name: 'name', label: 'Name', required: true },
  { name: 'description', label: 'Description', kind: 'multiline' },
];

/** A joint solution's name and description; its commercial model has an editor of its own. */
export const solutionForm = (partner: Pick<Partner, 'id' | 'territoryId'>, solution: JointSolution | undefined): RecordFormSpec<'jointSolutions', Draft> => ({
  table: 'jointSolutions',
  record: solution,
  draftOf: (s) => ({ name: s?.name ?? '', description: s?.description ?? '' }),
  toRecord: (d, opened) => ({
    // A new record belongs to the partner; a form never moves one (a partner's move takes its records along).
    ...(!opened && { partnerId: partner.id, territoryId: partner.territoryId }),
    name: d.name,
    description: d.description?.trim() || undefined,
    // A new solution starts as a draft with nothing settled; the model editor takes it from there.
    ...(!opened && { status: 'draft', commercialModel: { support: {} } }),
  }),
});
