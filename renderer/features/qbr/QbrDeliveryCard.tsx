import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Partner } from '../../../shared/domain';
import { useWorkspace } from '../../app/workspace-context';
import { PartnerLink } from '../../ui/PartnerLink';
import { deliveryText } from './qbr-record-text';
import { lastDeliveryByPartner, quarterStanding } from './qbr-records';

const RECENT = 5;

/**
 * QBR delivery on the dashboard: how many of the scope's partners had the
 * quarter's review held, and the latest reviews (HQ's check that reviews
 * happen). Counted from deliveries the managers marked, never from exports:
 * a batch export touches every partner at once and says nothing of a review.
 */
export function QbrDeliveryCard({ partners, quarter }: { partners: readonly Partner[]; quarter: string }) {
  const { reads } = useWorkspace();
  const records = useLiveQuery(() => reads.list('qbrRecords'), [reads]);
  const { deliveredThisQuarter, waiting, recent, names } = useMemo(() => {
    const inScope = new Map(partners.map((p) => [p.id, p.name]));
    const standing = quarterStanding(records ?? [], quarter);
    const held = [...standing.delivered.keys()].filter((id) => inScope.has(id));
    const last = [...lastDeliveryByPartner(records ?? []).values()].filter((r) => inScope.has(r.partnerId));
    return {
      deliveredThisQuarter: held.length,
      waiting: [...standing.exported.keys()].filter((id) => inScope.has(id) && !standing.delivered.has(id)).length,
      recent: last.sort((a, b) => (a.delivery.deliveredOn < b.delivery.deliveredOn ? 1 : a.delivery.deliveredOn > b.delivery.deliveredOn ? -1 : 0)).slice(0, RECENT),
      names: inScope,
    };
  }, [records, partners, quarter]);

  return (
    <Card variant="outlined" aria-label="QBR delivery">
      <CardContent>
        <Typography variant="h6">QBRs delivered</Typography>
        <Typography variant="body2" color="text.secondary" data-testid="qbr-delivered-quarter">
          {deliveredThisQuarter} of {partners.length} partners had their {quarter} QBR delivered
          {waiting > 0 && `; ${waiting} more exported, not yet marked delivered`}
        </Typography>
        {recent.length === 0 ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            No QBR delivered yet.
          </Typography>
        ) : (
          <List dense>
            {recent.map((r) => (
              <ListItem key={r.id} disableGutters>
                <ListItemText primary={<PartnerLink id={r.partnerId} name={names.get(r.partnerId) ?? r.partnerId} />} secondary={`QBR ${r.quarter}: ${deliveryText(r)}`} />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
