import { List, ListItem, ListItemText, Typography } from '@mui/material';
import type { Partner } from '../../../shared/domain/partner';
import { tierMoveArrow } from '../../../shared/domain/partner-tier';
import { dateText } from '../../ui/dates';

/** How many past changes the tier standing lists; the oldest are on the record still. */
const SHOWN_CHANGES = 5;

/**
 * The partner's recorded tier changes, latest first: when, the move, why
 * (when HQ gave a reason) and who (as the server stamped it; a change not
 * yet synced names nobody yet).
 */
export function TierHistory({ partner }: { partner: Pick<Partner, 'tierHistory'> }) {
  const changes = [...(partner.tierHistory ?? [])].reverse().slice(0, SHOWN_CHANGES);
  if (changes.length === 0) return null;
  return (
    <>
      <Typography variant="subtitle2">Tier history</Typography>
      <List dense disablePadding aria-label="Tier history">
        {changes.map((c, i) => (
          <ListItem key={`${c.on}-${i}`} disableGutters>
            <ListItemText
              primary={`${dateText(c.on)} · ${tierMoveArrow(c.from, c.to)}${c.reason ? ` · “${c.reason}”` : ''}`}
              secondary={c.by ? `by ${c.by.name}` : c.reason ? 'who made it is recorded when it syncs' : undefined}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
