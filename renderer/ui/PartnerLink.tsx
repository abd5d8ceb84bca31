import { Link } from '@mui/material';
import { hrefOf, type PartnerTab } from '../app/router';

export function PartnerLink({ id, name, tab = 'overview' }: { id: string; name: string; tab?: PartnerTab }) {
  return <Link href={hrefOf({ section: 'partner', partnerId: id, tab })}>{name}</Link>;
}
