import { Accordion, AccordionDetails, AccordionSummary, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { commercialModelCompleteness } from '../../../shared/calculators/commercial-model';
import type { Partner } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { usePartnerChildren } from '../../ui/use-records';
import { CommercialModelEditor } from './CommercialModelEditor';
import { SectionHeader } from '../../ui/SectionHeader';

/** The partner's joint solutions, each with its commercial-model editor. */
export function SolutionsTab({ partner }: { partner: Partner }) {
  const { repo } = useWorkspace();
  const solutions = usePartnerChildren('jointSolutions', partner.id);
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<string | false>(false);

  return (
    <Stack spacing={2}>
      <SectionHeader title="Joint solutions" action={{ label: 'Add joint solution', onClick: () => setAdding(true) }} />
      {solutions?.length === 0 && <Typography color="text.secondary">No joint solutions yet.</Typography>}
      {solutions?.map((s) => {
        const c = commercialModelCompleteness(s);
        return (
          <Accordion key={s.id} expanded={open === s.id} onChange={(_e, isOpen) => setOpen(isOpen ? s.id : false)} variant="outlined">
            <AccordionSummary aria-label={`Solution ${s.name}`}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', width: '100%' }}>
                <Typography sx={{ flexGrow: 1, fontWeight: 500 }}>{s.name}</Typography>
                <Chip size="small" label={`${c.percent}% complete`} color={c.complete ? 'success' : 'warning'} variant="outlined" />
                {c.readyToCoSell && <Chip size="small" label="Ready to co-sell" color="success" />}
              </Stack>
            </AccordionSummary>
            <AccordionDetails>
              {s.description && (
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                  {s.description}
                </Typography>
              )}
              {/* Not keyed by updatedAt: a sync arriving mid-edit must not wipe what the manager is typing. */}
              <CommercialModelEditor solution={s} />
            </AccordionDetails>
          </Accordion>
        );
      })}
      {adding && (
        <RecordDialog
          table="jointSolutions"
          title="New joint solution"
          fields={[
            { name: 'name', label: 'Name', required: true },
            { name: 'description', label: 'Description', kind: 'multiline' },
          ]}
          initial={{ name: '', description: '' }}
          toRecord={(d) => ({
            partnerId: partner.id,
            territoryId: partner.territoryId,
            name: d.name,
            description: d.description?.trim() || undefined,
            status: 'draft',
            commercialModel: { support: {} },
          })}
          save={async (r) => {
            const created = await repo.create('jointSolutions', r as never);
            setOpen(created.id);
            notify(`${created.name} added`);
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </Stack>
  );
}
