import { Alert, AlertTitle, Typography } from '@mui/material';
import type { SecretProtection } from '../../../shared/platform/channels';
import { secretStorageNotice } from './secret-storage-notice';

/** The warning at the top of Settings when the OS only obfuscates the saved sign-in; nothing otherwise. */
export function SecretStorageNotice({ protection }: { protection: SecretProtection | null }) {
  const notice = secretStorageNotice(protection);
  if (!notice) return null;
  return (
    <Alert severity="warning" data-testid="secret-storage-notice">
      <AlertTitle>{notice.title}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {notice.meaning}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {notice.remedy}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {notice.detail}
      </Typography>
    </Alert>
  );
}
