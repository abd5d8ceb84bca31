import { Autocomplete, Chip, Grid, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { MAX_QBR_ATTENDEES, qbrAudienceOf, type QbrRecord } from '../../../shared/domain/qbr';
import type { Partner } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { DraftField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { notify } from '../../ui/notifier';
import { localDate, today } from '../../ui/today';
import { usePartnerChildren } from '../../ui/use-records';
import { useRecordForm } from '../../ui/use-record-form';
import { dateTimeText } from '../../ui/value-text';
import { attendeeNames, deliveryForm } from './delivery-form';
import { audienceLabels } from './qbr-record-text';

/**
 * The manager says the review happened: the day, and who was in the room
 * (the partner's contacts are offered, any name can be typed). Only this
 * counts as a delivery on the QBR screen and HQ's dashboard.
 */
export function MarkDeliveredDialog({ partner, record, onClose }: { partner: Pick<Partner, 'id' | 'name'>; record: QbrRecord; onClose(): void }) {
  const { sync } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  const contacts = usePartnerChildren('contacts', partner.id);
  const [spec] = useState(() =>
    deliveryForm(record, { user: { id: user?.id ?? 'local-user' }, today: today(), exportedOn: localDate(new Date(record.exportedAt)), now: () => new Date() }),
  );
  const form = useRecordForm(spec);
  // A name typed but not yet turned into a chip still counts when the manager presses Save.
  const [typing, setTyping] = useState('');
  const suggestions = useMemo(() => {
    const roles = new Map<string, string>((contacts ?? []).map((c) => [c.name, c.role]));
    if (user?.displayName && !roles.has(user.displayName)) roles.set(user.displayName, 'You');
    return roles;
  }, [contacts, user?.displayName]);
  const attendees = form.draft.attendees;
  const withTyped = () => ({ ...form.draft, attendees: attendeeNames([...attendees, typing]) });

  return (
    <FormDialog
      form={{ ...form, save: () => form.save(withTyped()) }}
      title={`Mark QBR delivered: ${partner.name}, ${record.quarter}`}
      saveLabel="Mark delivered"
      onSaved={() => notify(`QBR ${record.quarter} for ${partner.name} marked delivered`, { severity: 'success' })}
      onClose={onClose}
    >
      <Grid size={12}>
        <Typography variant="body2" color="text.secondary">
          {audienceLabels[qbrAudienceOf(record)]} exported {dateTimeText(record.exportedAt)}. Mark it once the review has been held: the QBR screen and the HQ
          dashboard count delivered reviews, not exports.
        </Typography>
      </Grid>
      <Grid size={{ xs: 12, sm: 5 }}>
        <DraftField {...form.field} name="deliveredOn" label="Delivery date" type="date" required onChange={(_name, value) => form.change('deliveredOn', value)} />
      </Grid>
      <Grid size={12}>
        <Autocomplete
          multiple
          freeSolo
          options={[...suggestions.keys()].filter((name) => !attendees.includes(name))}
          value={attendees}
          inputValue={typing}
          onInputChange={(_event, value) => setTyping(value)}
          onChange={(_event, value) => {
            setTyping('');
            form.edit((d) => ({ ...d, attendees: attendeeNames(value).slice(0, MAX_QBR_ATTENDEES) }), 'attendees');
          }}
          renderValue={(names, getItemProps) =>
            names.map((name, index) => {
              const { key, ...props } = getItemProps({ index });
              return <Chip key={key} {...props} size="small" label={name} />;
            })
          }
          renderOption={({ key, ...props }, name) => (
            <li key={key} {...props}>
              {name}
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                {suggestions.get(name)}
              </Typography>
            </li>
          )}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Who attended"
              required
              size="small"
              placeholder={attendees.length === 0 ? 'Pick a contact or type a name, then Enter' : ''}
              error={form.errors.attendees !== undefined}
              helperText={form.errors.attendees ?? `Both sides: the partner’s people and yours (up to ${MAX_QBR_ATTENDEES}).`}
            />
          )}
        />
      </Grid>
    </FormDialog>
  );
}
