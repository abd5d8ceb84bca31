import { Alert, Box, Button, Card, CardActions, CardContent, Chip, Link, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import type { RefusedChangeView } from './refused-change-view';

const kindWords: Record<RefusedChangeView['kind'], string> = {
  change: 'Your change',
  new: 'New record, as you made it',
  delete: 'Your delete of this record',
};

/** One refused change: which record, the values as entered, why the server refused, when, and what can be done. */
export function RefusedChangeCard({ view, onResend, onDiscard }: { view: RefusedChangeView; onResend(): void; onDiscard(): void }) {
  const headingId = useId();
  return (
    <Card variant="outlined" component="article" aria-labelledby={headingId} data-testid="refused-change">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Chip size="small" label={view.tableLabel} />
          <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600, wordBreak: 'break-word' }}>
            {view.href ? <Link href={view.href}>{view.name}</Link> : view.name}
          </Typography>
        </Stack>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {kindWords[view.kind]}
        </Typography>
        {view.fields.length > 0 && (
          <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, max-content) 1fr' }, columnGap: 2, rowGap: 0.5 }}>
            {view.fields.map((f) => (
              <Box key={f.field} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {f.label}
                </Typography>
                <Box component="dd" sx={{ m: 0 }}>
                  <Typography sx={{ whiteSpace: 'pre-line', wordBreak: 'break-word', fontWeight: 500 }}>{f.value}</Typography>
                  {f.problems.map((problem) => (
                    <Typography key={problem} variant="body2" color="error">
                      {problem}
                    </Typography>
                  ))}
                </Box>
              </Box>
            ))}
          </Box>
        )}
        <Alert severity="error" variant="outlined" sx={{ mt: 2 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {view.words.why}
          </Typography>
          <Typography variant="body2">The server said: {view.reason}</Typography>
          {view.otherProblems.map((problem) => (
            <Typography key={problem} variant="body2">
              {problem}
            </Typography>
          ))}
        </Alert>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Made {view.madeAt} · Refused {view.refusedAt}
        </Typography>
        {!view.words.resend.offered && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {view.words.resend.because}
          </Typography>
        )}
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        {view.words.resend.offered && (
          <Button variant="contained" onClick={onResend} aria-describedby={headingId}>
            Edit and send again
          </Button>
        )}
        {/* Described by the record's name: a screen reader going from button to button hears which change each acts on. */}
        <Button color="error" onClick={onDiscard} aria-describedby={headingId}>
          Discard
        </Button>
      </CardActions>
    </Card>
  );
}
