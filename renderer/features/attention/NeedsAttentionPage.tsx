import { Alert, Button, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useStore } from 'zustand';
import { useWorkspace } from '../../app/workspace-context';
import { recordName, type RejectedChange } from '../../db';
import { notify } from '../../ui/notifier';
import { useRecordNames } from '../../ui/use-record-names';
import { RefusedChangeCard } from './RefusedChangeCard';
import { refusedChangeView, refsOfChange } from './refused-change-view';
import { refusedExport, saveRefusedExport } from './refused-export';
import { ResendDialog } from './ResendDialog';
import { useDiscard } from './use-discard';

type Row = Record<string, unknown>;
type Stored = RejectedChange & { id: number };

interface Loaded {
  change: Stored;
  /** The record as the device holds it now; undefined when it is gone or out of the user's territories. */
  current: Row | undefined;
  currentName: string | undefined;
}

/**
 * Every change the server refused, kept until the user acts (DESIGN §5,
 * "Nothing hidden"): what it was, why it was refused, when, and what can be
 * done: edit and send again, or discard.
 */
export function NeedsAttentionPage() {
  const { reads, platform, sync, defaultServerUrl } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  const loaded = useLiveQuery(async (): Promise<Loaded[]> => {
    const changes = (await reads.refusedChanges()) as Stored[];
    const lookUp = (table: Parameters<typeof reads.get>[0], id: string) => reads.get(table, id) as Promise<Row | undefined>;
    return Promise.all(
      changes.map(async (change) => {
        const current = await lookUp(change.table, change.rowId);
        return { change, current, currentName: current ? await recordName(lookUp, change.table, current) : undefined };
      }),
    );
  }, [reads]);
  const context = useRecordNames((loaded ?? []).flatMap(({ change }) => refsOfChange(change)));
  const [resending, setResending] = useState<Loaded | null>(null);
  const discard = useDiscard();

  const exportAll = async () => {
    const where = await saveRefusedExport(platform, refusedExport((loaded ?? []).map((l) => l.change), user?.email ?? null, defaultServerUrl));
    if (where) notify(`Refused changes saved to ${where}`);
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 1000 }}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          Needs attention
        </Typography>
        {(loaded?.length ?? 0) > 0 && <Button onClick={() => void exportAll()}>Export refused changes</Button>}
      </Stack>
      <Typography color="text.secondary">
        Changes the server refused. The records went back to what the server holds; your changes are kept here until you send
        them again or discard them.
      </Typography>
      {loaded && loaded.length === 0 && <Alert severity="success">No refused changes: everything you changed reached the server or is on its way.</Alert>}
      {loaded?.map((item) => {
        const view = refusedChangeView(item.change, item.current, item.currentName, context);
        return (
          <RefusedChangeCard
            key={item.change.id}
            view={view}
            onResend={() => setResending(item)}
            onDiscard={() => discard.ask(item.change.id, view.name)}
          />
        );
      })}
      {resending && (
        <ResendDialog
          change={resending.change}
          current={resending.current}
          title={refusedChangeView(resending.change, resending.current, resending.currentName).name}
          context={context}
          onClose={() => setResending(null)}
        />
      )}
      {discard.dialog}
    </Stack>
  );
}
