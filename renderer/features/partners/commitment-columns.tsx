import type { Commitment } from '../../../shared/domain/activity';
import { words } from '../../ui/labels';
import type { ListColumn } from '../../ui/ListTable';
import { RowActions } from '../../ui/RowActions';
import { CommitmentStatusSelect } from './CommitmentStatusSelect';

/**
 * The columns of a list of commitments, on the partner's Activity tab and in
 * the QBR prep: what, who, when, the status (changed in place) and, where the
 * list may be edited, the row's actions.
 */
export const commitmentColumns = ({
  statusVariant,
  onEdit,
  onRemove,
}: {
  statusVariant?: 'outlined' | 'standard';
  onEdit?: (c: Commitment) => void;
  onRemove?: (c: Commitment) => void;
}): ListColumn<Commitment>[] => [
  { id: 'what', header: 'Commitment', wrap: true, width: '36%', value: (c) => c.description },
  { id: 'owner', header: 'Owner', value: (c) => `${c.ownerName} (${words(c.ownerSide)})` },
  { id: 'due', header: 'Due', kind: 'date', value: (c) => c.dueOn },
  { id: 'status', header: 'Status', value: (c) => words(c.status), cell: (c) => <CommitmentStatusSelect commitment={c} variant={statusVariant} /> },
  ...(onEdit
    ? [
        {
          id: 'actions',
          header: 'Actions',
          actions: true,
          width: '120px',
          cell: (c: Commitment) => <RowActions name={c.description} onEdit={() => onEdit(c)} onDelete={() => onRemove?.(c)} />,
        },
      ]
    : []),
];
