import { Alert, Button, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { importEntities, type ImportEntity } from '../../../shared/import';
import { useWorkspace } from '../../app/workspace-context';
import { entityLabels, type ImportDraft } from './import-steps';
import { fileText, sourceText } from './import-words';
import { PastImports } from './PastImports';
import { SelectField } from './SelectField';

/** CSV from any CRM, or an Excel workbook; the reader tells them apart by content, so the list is a hint. */
const ACCEPT = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The first step: what the file holds, the territory it goes to, the file
 * itself (read on this device; nothing leaves it), what it was detected as,
 * and the imports made before, each of which can be undone from here.
 */
export function ChooseFileStep({
  draft,
  territoryId,
  territoryIds,
  onTerritory,
  onEntity,
  onFile,
  onSheet,
}: {
  draft: ImportDraft;
  territoryId: string | null;
  territoryIds: readonly string[];
  onTerritory(id: string): void;
  onEntity(entity: ImportEntity): void;
  onFile(file: File): void;
  onSheet(sheet: string): void;
}) {
  const { reads } = useWorkspace();
  const territories = useLiveQuery(() => reads.list('territories'), [reads]) ?? [];
  const mine = territories.filter((t) => territoryIds.includes(t.id));
  const { file, detection } = draft;

  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <SelectField label="Records in the file" value={draft.entity} options={importEntities.map((e) => [e, entityLabels[e]] as const)} onChange={(e) => onEntity(e as ImportEntity)} width={220} />
        {mine.length > 1 && territoryId && (
          <SelectField label="Territory for new records" value={territoryId} options={mine.map((t) => [t.id, t.name] as const)} onChange={onTerritory} width={240} />
        )}
        <Button variant="outlined" component="label">
          {file ? 'Choose another file…' : 'Choose file…'}
          <input
            hidden
            type="file"
            accept={ACCEPT}
            data-testid="import-file"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              if (chosen) onFile(chosen);
            }}
          />
        </Button>
      </Stack>
      {file && detection ? (
        <Stack spacing={1} data-testid="import-file-summary">
          <Typography>{fileText(file)}</Typography>
          <Alert severity={detection.source === 'generic' ? 'info' : 'success'}>
            Source detected: {sourceText(detection)}
            {detection.source !== 'generic' && `, ${Math.round(detection.confidence * 100)}% of its usual columns found.`}
            {draft.reused && ' Columns mapped as you saved them last time.'}
          </Alert>
          {file.sheets && file.sheets.length > 1 && (
            <SelectField label="Sheet" value={file.sheet ?? file.sheets[0]!} options={file.sheets.map((s) => [s, s] as const)} onChange={onSheet} />
          )}
        </Stack>
      ) : (
        <Typography color="text.secondary">
          Choose a CSV or Excel export from Salesforce, HubSpot or any other tool. The file is read on this device, works offline, and nothing is stored before you apply.
        </Typography>
      )}
      <PastImports />
    </Stack>
  );
}
