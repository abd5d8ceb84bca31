import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Partner } from '../../../shared/domain';
import { useWorkspace } from '../../app/workspace-context';
import { PartnerLink } from '../../ui/PartnerLink';
import { lastQbrByPartner } from './qbr-run';

const RECENT = 5;

/**
 * QBR delivery on the dashboard: how many of the scope's partners have had
 * the quarter's pack, and the latest packs handed over (HQ's check that
 * reviews happen, from the QBR records that sync up from every manager).
 */
export function QbrDeliveryCard({ partners, quarter }: { partners: readonly Partner[]; quarter: string }) {
  const { reads } = useWorkspace();
  const records = useLiveQuery(() => reads.list('qbrRecords'), [reads]);
  const { deliveredThisQuarter, recent, names } = useMemo(() => {
    const inScope = new Map(partners.map((p) => [p.id, p.name]));
    const last = [...lastQbrByPartner(records ?? []).values()].filter((r) => inScope.has(r.partnerId));
    return {
      deliveredThisQuarter: new Set((records ?? []).filter((r) => r.quarter === quarter && inScope.has(r.partnerId)).map((r) => r.partnerId)).size,
      recent: last.sort((a, b) => (a.exportedAt < b.exportedAt ? 1 : -1)).slice(0, RECENT),
      names: inScope,
    };
  }, [records, partners, quarter]);

  return (
    <Card variant="outlined" aria-label="QBR delivery">
      <CardContent>
        <Typography variant="h6">QBR packs delivered</Typography>
        <Typography variant="body2" color="text.secondary" data-testid="qbr-delivered-quarter">
          {deliveredThisQuarter} of {partners.length} partners have had their {quarter} pack
        </Typography>
        {recent.length === 0 ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            No QBR pack delivered yet.
          </Typography>
        ) : (
          <List dense>
            {recent.map((r) => (
              <ListItem key={r.id} disableGutters>
                <ListItemText
                  primary={<PartnerLink id={r.partnerId} name={names.get(r.partnerId) ?? r.partnerId} />}
                  secondary={`Last QBR delivered: ${r.quarter}, ${new Date(r.exportedAt).toLocaleString()} (${r.formats.join(', ').toUpperCase()})`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
