import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { GLOBAL_TERRITORY } from '../../../shared/domain/common';
import { MAX_LOGO_DATA_URL_LENGTH, PROGRAM_SETTINGS_ID } from '../../../shared/domain/program-settings';
import { DEFAULT_BRANDING, resolveBranding } from '../../../shared/qbr/branding';
import { useWorkspace } from '../../app/workspace-context';
import { notify } from '../../ui/notifier';
import { useRecord } from '../../ui/use-records';

interface Draft {
  vendorName: string;
  primaryColor: string;
  accentColor: string;
  logoDataUrl: string | null;
}

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
  const { repo } = useWorkspace();
  const stored = useRecord('programSettings', PROGRAM_SETTINGS_ID);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (stored === undefined || draft) return;
    setDraft(
      stored
        ? { vendorName: stored.vendorName, primaryColor: stored.primaryColor, accentColor: stored.accentColor, logoDataUrl: stored.logoDataUrl }
        : { vendorName: '', primaryColor: `#${DEFAULT_BRANDING.primaryColor}`, accentColor: `#${DEFAULT_BRANDING.accentColor}`, logoDataUrl: null },
    );
  }, [stored, draft]);

  if (!draft) return <Typography role="status">Loading program settings…</Typography>;
  const change = (changes: Partial<Draft>) => {
    setDraft({ ...draft, ...changes });
    setProblem(null);
  };

  const pickLogo = async (file: File | undefined) => {
    if (!file) return;
    const url = await readAsDataUrl(file);
    if (url.length > MAX_LOGO_DATA_URL_LENGTH) return setProblem('The logo must be an image under 300 KB.');
    try {
      resolveBranding({ logo: url });
    } catch (error) {
      return setProblem(error instanceof Error ? error.message : String(error));
    }
    change({ logoDataUrl: url.replace(/^data:image\/jpg;/, 'data:image/jpeg;') });
  };

  const save = async () => {
    const fields = { ...draft, vendorName: draft.vendorName.trim(), primaryColor: draft.primaryColor.toUpperCase(), accentColor: draft.accentColor.toUpperCase() };
    try {
      if (stored) await repo.update('programSettings', PROGRAM_SETTINGS_ID, fields);
      else await repo.create('programSettings', { id: PROGRAM_SETTINGS_ID, territoryId: GLOBAL_TERRITORY, ...fields });
      notify('Program branding saved; packs use it from now on', { severity: 'success' });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Stack spacing={2} data-testid="branding-editor">
      <TextField label="Vendor name" value={draft.vendorName} onChange={(e) => change({ vendorName: e.target.value })} sx={{ maxWidth: 420 }} />
      <Stack direction="row" spacing={2}>
        {(['primaryColor', 'accentColor'] as const).map((key) => (
          <TextField
            key={key}
            label={key === 'primaryColor' ? 'Primary colour' : 'Accent colour'}
            type="color"
            value={draft[key]}
            onChange={(e) => change({ [key]: e.target.value })}
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
            <Button onClick={() => change({ logoDataUrl: null })}>Remove logo</Button>
          </>
        )}
      </Stack>
      <Box sx={{ display: 'flex', height: 24, maxWidth: 420 }} aria-hidden>
        <Box sx={{ flex: 4, bgcolor: draft.primaryColor }} />
        <Box sx={{ flex: 1, bgcolor: draft.accentColor }} />
      </Box>
      {problem && <Alert severity="error">{problem}</Alert>}
      <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => void save()}>
        Save branding
      </Button>
    </Stack>
  );
}
