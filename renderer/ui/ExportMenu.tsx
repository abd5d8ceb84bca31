import { Button, Menu, MenuItem } from '@mui/material';
import { memo, useId, useState } from 'react';
import type { TableFile, TableFileFormat } from '../../shared/export/table-file';
import { useWorkspace } from '../app/workspace-context';
import { saveOneFile } from '../platform';
import { notify } from './notifier';
import { today } from './today';

/** papaparse and exceljs: a chunk of their own (shared with the QBR workbook), loaded on the first export. */
const loadWriters = () => import('../../shared/export/table-file');

const formats: readonly (readonly [TableFileFormat, string])[] = [
  ['csv', 'CSV (.csv)'],
  ['xlsx', 'Excel workbook (.xlsx)'],
];

/**
 * A list's "Export" menu: the rows and columns shown, after filter and sort,
 * to CSV or XLSX, saved through the platform (a native dialog on the
 * desktop, a download in a browser). `file` is asked only on export.
 */
export const ExportMenu = memo(function ExportMenu({ title, file, disabled }: { title: string; file(): TableFile; disabled?: boolean }) {
  const { platform } = useWorkspace();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const menuId = useId();

  const exportAs = async (format: TableFileFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      const writers = await loadWriters();
      const data = await writers.tableFile(file(), format);
      const outcome = await saveOneFile(platform, { name: writers.tableFileName(title, today(), format), data, mime: writers.tableFileMime[format] });
      if (outcome.saved) notify(`Exported to ${outcome.where}`);
    } catch (error) {
      notify(`The export failed: ${error instanceof Error ? error.message : String(error)}`, { severity: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        disabled={disabled || busy}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        aria-label={`Export ${title}`}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {busy ? 'Exporting…' : 'Export'}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {formats.map(([format, label]) => (
          <MenuItem key={format} onClick={() => void exportAs(format)}>
            {label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
});
