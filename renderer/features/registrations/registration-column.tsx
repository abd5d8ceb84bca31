import type { Opportunity } from '../../../shared/domain/opportunity';
import { protectedUntil, registrationState } from '../../../shared/registrations/lifecycle';
import type { ListColumn } from '../../ui/ListTable';
import { registrationText } from './registration-text';
import { RegistrationStatus } from './RegistrationStatus';

/**
 * The registration column of a deal list (the partner's pipeline, the
 * territory's): the status chip, the decision and its reason, and with
 * `actions` for a deal the buttons its state offers. It sorts by `sortValue`,
 * the list's own order for protection.
 */
export const registrationColumn = (day: string, sortValue: (o: Opportunity) => string, actions: (o: Opportunity) => boolean = () => false): ListColumn<Opportunity> => ({
  id: 'registration',
  header: 'Registration',
  width: '24%',
  wrap: true,
  value: sortValue,
  text: (o) => registrationText(o, registrationState(o, day), protectedUntil(o), day),
  cell: (o) => <RegistrationStatus deal={o} actions={actions(o)} />,
});
