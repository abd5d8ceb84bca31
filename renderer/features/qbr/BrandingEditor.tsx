import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { MAX_LOGO_DATA_URL_LENGTH, PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../../shared/domain/program-settings';
import { resolveBranding } from '../../../shared/qbr/branding';
import { notify } from '../../ui/notifier';
import { useRecordForm } from '../../ui/use-record-form';
import { useRecord } from '../../ui/use-records';
import { brandingForm } from './branding-form';

const readAsDataUrl = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });

/**
 * HQ's vendor branding for QBR packs: name, logo and two colours. One
 * program-wide record, so every manager's packs carry it after the next sync.
 */
export function BrandingEditor() {
  const stored = useRecord('programSettings', PROGRAM_SETTINGS_ID);
  // The form opens on what is stored, so it waits for the first read.
  if (stored === undefined) return <Typography role="status">Loading program settings…</Typography>;
  return <BrandingForm stored={stored ?? undefined} />;
}

function BrandingForm({ stored }: { stored: ProgramSettings | undefined }) {
  const form = useRecordForm(brandingForm(stored), { follow: true });
  const { draft } = form;
  // The picked file's problem: not a save failure, nothing was written.
  const [fileProblem, setFileProblem] = useState<string | null>(null);

  const pickLogo = async (file: File | undefined) => {
    if (!file) return;
    const url = await readAsDataUrl(file);
    if (url.length > MAX_LOGO_DATA_URL_LENGTH) return setFileProblem('The logo must be an image under 300 KB.');
    try {
      resolveBranding({ logo: url });
    } catch (error) {
      return setFileProblem(error instanceof Error ? error.message : String(error));
    }
    setFileProblem(null);
    form.edit((d) => ({ ...d, logoDataUrl: url.replace(/^data:image\/jpg;/, 'data:image/jpeg;') }), 'logoDataUrl');
  };

  const save = async () => {
    if (await form.save()) notify('Program branding saved; packs use it from now on', { severity: 'success' });
  };

  const problem = fileProblem ?? form.banner;
  return (
    <Stack spacing={2} data-testid="branding-editor">
      <TextField
        label="Vendor name"
        value={draft.vendorName}
        onChange={(e) => form.change('vendorName', e.target.value)}
        error={form.errors.vendorName !== undefined}
        helperText={form.errors.vendorName}
        sx={{ maxWidth: 420 }}
      />
      <Stack direction="row" spacing={2}>
        {(['primaryColor', 'accentColor'] as const).map((key) => (
          <TextField
            key={key}
            label={key === 'primaryColor' ? 'Primary colour' : 'Accent colour'}
            type="color"
            value={draft[key]}
            onChange={(e) => form.change(key, e.target.value)}
            error={form.errors[key] !== undefined}
            helperText={form.errors[key]}
            sx={{ width: 160 }}
          />
        ))}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" component="label">
          Choose logo (PNG or JPEG)
          <input hidden type="file" accept="image/png,image/jpeg" aria-label="Logo file" onChange={(e) => void pickLogo(e.target.files?.[0])} />
        </Button>
        {draft.logoDataUrl && (
          <>
            <Box component="img" src={draft.logoDataUrl} alt="Vendor logo" sx={{ maxHeight: 48, maxWidth: 200 }} />
            <Button onClick={() => form.edit((d) => ({ ...d, logoDataUrl: null }), 'logoDataUrl')}>Remove logo</Button>
          </>
        )}
      </Stack>
      <Box sx={{ display: 'flex', height: 24, maxWidth: 420 }} aria-hidden>
        <Box sx={{ flex: 4, bgcolor: draft.primaryColor }} />
        <Box sx={{ flex: 1, bgcolor: draft.accentColor }} />
      </Box>
      {problem && <Alert severity="error">{problem}</Alert>}
      <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => void save()} disabled={form.saving}>
        Save branding
      </Button>
    </Stack>
  );
}
