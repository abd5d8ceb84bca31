import { Alert, Grid, Link } from '@mui/material';
import { useMemo } from 'react';
import { FormDialog } from '../../ui/FormDialog';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import type { Partner } from '../../../shared/domain/partner';
import { segments } from '../../../shared/domain/partner';
import { hrefOf } from '../../app/router';
import { useWorkspace } from '../../app/workspace-context';
import { DraftField, optionsOf } from '../../ui/fields';
import { partnerTypeLabels, statusLabels, tierLabels, words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { today } from '../../ui/today';
import { useRecordForm } from '../../ui/use-record-form';
import { useSnapshot } from '../../ui/use-snapshot';
import { partnerForm } from './partner-draft';
import { partnerDuplicateIndex, partnerMatchWords, type LikelyPartner } from './partner-duplicates';

/** Royalty bands count each quarter alone, or the contract year's volume so far. */
const royaltyBandOptions = [
  ['quarter', 'Per quarter'],
  ['contract-year', 'Over the contract year'],
] as const;

/** Territories to pick from; the partner's own stays listed (by id) while territories load or if it is not synced here. */
const territoryOptions = (territories: readonly { id: string; name: string }[], current: string) => {
  const options = territories.map((t) => [t.id, t.name] as const);
  return current && !territories.some((t) => t.id === current) ? [...options, [current, current] as const] : options;
};

/** Create or edit a partner. A failed save keeps the dialog open with every entry and says what to fix. */
export function PartnerForm({ partner, onClose, onSaved }: { partner?: Partner; onClose(): void; onSaved?(p: Partner): void }) {
  const { reads, sync, partners } = useWorkspace();
  const ownerUserId = useStore(sync, (s) => s.user?.id ?? 'local-user');
  const territories = useLiveQuery(() => reads.list('territories'), [reads]);
  const firstTerritoryId = territories?.[0]?.id ?? '';
  // Indexed once per snapshot of the local partners (offline, 10k fine); each keystroke is a few lookups.
  const stored = useSnapshot(partners);
  const lookalikeOf = useMemo(() => (stored ? partnerDuplicateIndex(stored) : undefined), [stored]);
  const form = useRecordForm(partnerForm(partner, { ownerUserId, firstTerritoryId, today: today(), lookalikeOf }));
  // The same lookup the save records, so what is saved is what was shown.
  const lookalike = lookalikeOf?.({ name: form.draft.name, website: form.draft.website }, partner?.id);
  const territoryId = form.draft.territoryId || firstTerritoryId;

  // Until a territory is picked, the select shows the one a new partner would go into.
  const field = { ...form.field, draft: { ...form.draft, territoryId } };
  const type = form.draft.partnerType;
  return (
    <FormDialog
      form={form}
      title={partner ? `Edit ${partner.name}` : 'New partner'}
      saveLabel={partner ? 'Save partner' : 'Add partner'}
      maxWidth="md"
      onSaved={(saved) => {
        notify(partner ? `${saved.name} saved` : `${saved.name} added`);
        onSaved?.(saved);
      }}
      onClose={onClose}
    >
      <Grid size={{ xs: 12, sm: 8 }}>
        <DraftField {...field} name="name" label="Name" required autoFocus />
      </Grid>
      {/* Before the type, so the warning sits right under the name as it is typed. */}
      <Grid size={{ xs: 12, sm: 4 }}>
        <DraftField {...field} name="partnerType" label="Partner type" options={optionsOf(partnerTypeLabels)} />
      </Grid>
      {lookalike && <LookalikeNotice lookalike={lookalike} onOpen={onClose} />}
      <Grid size={{ xs: 6, sm: 4 }}>
        <DraftField {...field} name="tier" label="Tier" options={optionsOf(tierLabels)} />
      </Grid>
      <Grid size={{ xs: 6, sm: 4 }}>
        <DraftField {...field} name="status" label="Status" options={optionsOf(statusLabels)} />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <DraftField
          {...field}
          name="territoryId"
          label="Territory"
          options={territoryOptions(territories ?? [], territoryId)}
        />
      </Grid>
      <Grid size={{ xs: 6, sm: 4 }}>
        <DraftField {...field} name="enrolledOn" label="Enrollment date" type="date" />
      </Grid>
      <Grid size={{ xs: 6, sm: 4 }}>
        <DraftField {...field} name="firstCommercialActivityOn" label="First commercial activity" type="date" />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <DraftField {...field} name="segment" label="Segment" options={segments.map((s) => [s, words(s)] as const)} />
      </Grid>
      <Grid size={{ xs: 6 }}>
        <DraftField {...field} name="region" label="Region" required />
      </Grid>
      <Grid size={{ xs: 6 }}>
        <DraftField {...field} name="vertical" label="Vertical" required />
      </Grid>
      <Grid size={{ xs: 12, sm: 8 }}>
        <DraftField {...field} name="website" label="Website" placeholder="https://" />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <DraftField {...field} name="revenueTarget" label="Revenue target ($)" inputMode="decimal" />
      </Grid>
      {type === 'isv' && (
        <>
          <Grid size={{ xs: 6 }}>
            <DraftField {...field} name="jointCustomers" label="Joint customers" inputMode="numeric" />
          </Grid>
          <Grid size={{ xs: 6 }}>
            <DraftField {...field} name="jointCustomersUsingIntegration" label="Joint customers using the integration" inputMode="numeric" />
          </Grid>
        </>
      )}
      {type === 'reseller' && (
        <Grid size={{ xs: 6 }}>
          <DraftField {...field} name="renewalManagedCustomers" label="Renewal-managed customers" inputMode="numeric" />
        </Grid>
      )}
      {type === 'oem' && (
        <>
          <Grid size={{ xs: 6 }}>
            <DraftField {...field} name="embeddedProduct" label="Embedded product" required />
          </Grid>
          <Grid size={{ xs: 6 }}>
            <DraftField {...field} name="minimumCommitment" label="Minimum commitment per quarter ($)" inputMode="decimal" />
          </Grid>
          <Grid size={{ xs: 12 }}>
            <DraftField {...field} name="royaltyScheduleNote" label="Royalty schedule" />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <DraftField
              {...field}
              name="contractYearStartsOn"
              label="Contract year starts"
              type="date"
              helperText="The first day of a quarter; each anniversary starts a contract year"
            />
          </Grid>
          <Grid size={{ xs: 6, sm: 4 }}>
            <DraftField {...field} name="royaltyBandsMeasured" label="Royalty bands measured" options={royaltyBandOptions} />
          </Grid>
          <Grid size={{ xs: 6, sm: 4 }}>
            <DraftField
              {...field}
              name="annualMinimum"
              label="Annual minimum ($)"
              inputMode="decimal"
              helperText="Trued up in the contract year's last quarter"
            />
          </Grid>
        </>
      )}
      {type === 'si' && (
        <>
          <Grid size={{ xs: 6, sm: 3 }}>
            <DraftField {...field} name="practiceSize" label="Practice size" inputMode="numeric" />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <DraftField {...field} name="certifiedConsultants" label="Certified consultants" inputMode="numeric" />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <DraftField
              {...field}
              name="competencyLevel"
              label="Competency level"
              options={(['foundational', 'advanced', 'expert'] as const).map((l) => [l, words(l)] as const)}
            />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <DraftField {...field} name="accountProtectionDays" label="Account protection (days)" inputMode="numeric" />
          </Grid>
        </>
      )}
      <Grid size={{ xs: 12 }}>
        <DraftField {...field} name="notes" label="Notes" multiline minRows={2} />
      </Grid>
    </FormDialog>
  );
}

/** Said as the name or website is typed; saving anyway is allowed and recorded on the partner. */
function LookalikeNotice({ lookalike, onOpen }: { lookalike: LikelyPartner; onOpen(): void }) {
  return (
    <Grid size={{ xs: 12 }}>
      <Alert severity="warning" role="status" aria-label="Possible duplicate">
        Looks like{' '}
        {/* Opening it leaves this form: the dialog closes rather than stay over another partner's page. */}
        <Link href={hrefOf({ section: 'partner', partnerId: lookalike.id, tab: 'overview' })} onClick={onOpen}>
          {lookalike.name}
        </Link>{' '}
        ({partnerMatchWords[lookalike.match]}). Open it to check, or save
        anyway if this is another partner: the save records that you did.
      </Alert>
    </Grid>
  );
}
