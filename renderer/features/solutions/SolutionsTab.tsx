import { Accordion, AccordionDetails, AccordionSummary, Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { commercialModelCompleteness } from '../../../shared/calculators/commercial-model';
import type { JointSolution } from '../../../shared/domain/joint-solution';
import type { Partner } from '../../../shared/domain/partner';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { usePartnerChildren } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { solutionFields, solutionForm } from './solution-form';
import { CommercialModelEditor } from './CommercialModelEditor';
import { SectionHeader } from '../../ui/SectionHeader';

/** The partner's joint solutions, each with its commercial-model editor. */
export function SolutionsTab({ partner }: { partner: Partner }) {
  const solutions = usePartnerChildren('jointSolutions', partner.id);
  const [editing, setEditing] = useState<JointSolution | 'new' | null>(null);
  const remove = useRemove('jointSolutions', 'joint solution');
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  const [open, setOpen] = useState<string | false>(false);

  return (
    <Stack spacing={2}>
      <SectionHeader title="Joint solutions" action={{ label: 'Add joint solution', onClick: () => setEditing('new') }} />
      {solutions?.length === 0 && <Typography color="text.secondary">No joint solutions yet.</Typography>}
      {solutions?.map((s) => {
        const c = commercialModelCompleteness(s);
        return (
          <Accordion key={s.id} expanded={open === s.id} onChange={(_e, isOpen) => setOpen(isOpen ? s.id : false)} variant="outlined">
            {/* Named by what it shows (WCAG label in name): the solution, how complete, whether ready to co-sell. */}
            <AccordionSummary>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', width: '100%' }}>
                <Typography sx={{ flexGrow: 1, fontWeight: 500 }}>{s.name}</Typography>
                <Chip size="small" label={`${c.percent}% complete`} color={c.complete ? 'success' : 'warning'} variant="outlined" />
                {c.readyToCoSell && <Chip size="small" label="Ready to co-sell" color="success" />}
              </Stack>
            </AccordionSummary>
            <AccordionDetails>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'start', mb: 2 }}>
                <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1, whiteSpace: 'pre-wrap' }}>
                  {s.description}
                </Typography>
                <Button size="small" onClick={() => setEditing(s)} aria-label={`Edit name and description of ${s.name}`}>
                  Edit
                </Button>
                <Button size="small" color="error" onClick={() => remove.ask(s.id, s.name)} aria-label={`Delete ${s.name}`}>
                  Delete
                </Button>
              </Stack>
              {/* Not keyed by updatedAt: a sync arriving mid-edit must not wipe what the manager is typing. */}
              <CommercialModelEditor solution={s} />
            </AccordionDetails>
          </Accordion>
        );
      })}
      {editing && (
        <RecordDialog
          title={current ? `Edit ${current.name}` : 'New joint solution'}
          fields={solutionFields}
          spec={solutionForm(partner, current)}
          onSaved={(saved) => {
            if (!current) setOpen(saved.id);
            notify(current ? `${saved.name} saved` : `${saved.name} added`);
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {remove.dialog}
    </Stack>
  );
}
