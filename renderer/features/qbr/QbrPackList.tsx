import { Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { QbrRecord } from '../../../shared/domain/qbr';
import type { Partner } from '../../../shared/domain/partner';
import { usePartnerChildren } from '../../ui/use-records';
import { MarkDeliveredDialog } from './MarkDeliveredDialog';
import { deliveryText, exportText } from './qbr-record-text';
import { isDelivered, newestFirst } from './qbr-records';

const SHOWN = 8;

/**
 * The partner's exported packs, newest first, each "Exported" until the
 * manager marks it delivered (with the day and who attended). An export
 * alone never counts as a review held.
 */
export function QbrPackList({ partner }: { partner: Pick<Partner, 'id' | 'name'> }) {
  const records = usePartnerChildren('qbrRecords', partner.id);
  const [marking, setMarking] = useState<QbrRecord | null>(null);
  if (records === undefined) return null;
  const packs = newestFirst(records);

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">Packs exported</Typography>
        {packs.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No pack exported yet. Export one below; once the review is held, mark it delivered here.
          </Typography>
        ) : (
          <Stack component="ul" aria-label="QBR packs" sx={{ m: 0, p: 0, listStyle: 'none' }}>
            {packs.slice(0, SHOWN).map((r) => (
              <Stack
                component="li"
                key={r.id}
                aria-label={`QBR ${r.quarter}`}
                direction="row"
                spacing={1}
                useFlexGap
                sx={{ py: 1, borderTop: 1, borderColor: 'divider', alignItems: 'center', flexWrap: 'wrap' }}
              >
                <Chip size="small" label={isDelivered(r) ? 'Delivered' : 'Exported'} color={isDelivered(r) ? 'success' : 'default'} variant={isDelivered(r) ? 'filled' : 'outlined'} />
                <Stack sx={{ flexGrow: 1, minWidth: 0 }}>
                  <Typography variant="body2">{exportText(r)}</Typography>
                  <Typography variant="caption" color="text.secondary" data-testid="qbr-pack-delivery">
                    {isDelivered(r) ? deliveryText(r) : 'Not marked delivered yet'}
                  </Typography>
                </Stack>
                <Button size="small" variant={isDelivered(r) ? 'text' : 'outlined'} onClick={() => setMarking(r)}>
                  {isDelivered(r) ? 'Edit delivery…' : 'Mark delivered…'}
                </Button>
              </Stack>
            ))}
          </Stack>
        )}
        {packs.length > SHOWN && (
          <Typography variant="caption" color="text.secondary">
            The {SHOWN} newest of {packs.length} packs.
          </Typography>
        )}
      </CardContent>
      {marking && <MarkDeliveredDialog partner={partner} record={marking} onClose={() => setMarking(null)} />}
    </Card>
  );
}
