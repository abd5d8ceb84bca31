import { Box, Button, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { navigate, type PartnerTab } from '../../app/router';
import { partnerTypeLabels, statusLabels, tierLabels } from '../../ui/labels';
import { useRecord } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { CertificationsTab } from '../certifications/CertificationsTab';
import { IncentivesTab } from '../incentives/IncentivesTab';
import { PipelineTab } from '../pipeline/PipelineTab';
import { PlanTab } from '../plans/PlanTab';
import { LastQbrDelivered, QbrTab } from '../qbr/QbrTab';
import { SolutionsTab } from '../solutions/SolutionsTab';
import { ActivityTab } from './ActivityTab';
import { ContactsTab } from './ContactsTab';
import { OverviewTab } from './OverviewTab';
import { PartnerForm } from './PartnerForm';

const tabLabels: Record<PartnerTab, string> = {
  overview: 'Overview',
  contacts: 'Contacts',
  certifications: 'Certifications',
  solutions: 'Joint solutions',
  pipeline: 'Pipeline',
  incentives: 'Incentives',
  activity: 'Activity & commitments',
  plan: 'Business plan',
  qbr: 'QBR',
};

/** Everything about one partner, a tab per part of a visit; the tab is in the address so reload keeps it. */
export function PartnerPage({ partnerId, tab }: { partnerId: string; tab: PartnerTab }) {
  const partner = useRecord('partners', partnerId);
  const [editing, setEditing] = useState(false);
  const remove = useRemove('partners', 'partner');

  if (partner === undefined) return <Typography role="status">Opening partner…</Typography>;
  if (partner === null) {
    return (
      <Stack spacing={2}>
        <Typography>This partner is not on this device: it was deleted, or it belongs to a territory you do not see.</Typography>
        <Button href="#/partners">Back to partners</Button>
      </Stack>
    );
  }

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h5" component="h2">
            {partner.name}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
            <Chip size="small" label={partnerTypeLabels[partner.partnerType]} />
            <Chip size="small" label={tierLabels[partner.tier]} color="primary" variant="outlined" />
            <Chip size="small" label={statusLabels[partner.status]} />
            <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
              {partner.region} · {partner.vertical}
            </Typography>
          </Stack>
          {tab !== 'qbr' && <LastQbrDelivered partnerId={partner.id} />}
        </Box>
        <Button variant="outlined" onClick={() => setEditing(true)}>
          Edit partner
        </Button>
        <Button
          color="error"
          onClick={() => {
            remove.ask(partner.id, partner.name);
          }}
        >
          Delete
        </Button>
      </Stack>
      <Tabs
        value={tab}
        onChange={(_e, next: PartnerTab) => navigate({ section: 'partner', partnerId, tab: next })}
        variant="scrollable"
        aria-label="Partner sections"
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        {(Object.keys(tabLabels) as PartnerTab[]).map((t) => (
          <Tab key={t} value={t} label={tabLabels[t]} />
        ))}
      </Tabs>
      <Box role="tabpanel" aria-label={tabLabels[tab]}>
        {tab === 'overview' && <OverviewTab partner={partner} />}
        {tab === 'contacts' && <ContactsTab partner={partner} />}
        {tab === 'certifications' && <CertificationsTab partner={partner} />}
        {tab === 'solutions' && <SolutionsTab partner={partner} />}
        {tab === 'pipeline' && <PipelineTab partner={partner} />}
        {tab === 'incentives' && <IncentivesTab partner={partner} />}
        {tab === 'activity' && <ActivityTab partner={partner} />}
        {tab === 'plan' && <PlanTab partner={partner} />}
        {tab === 'qbr' && <QbrTab partner={partner} />}
      </Box>
      {editing && <PartnerForm partner={partner} onClose={() => setEditing(false)} />}
      {remove.dialog}
    </Stack>
  );
}
