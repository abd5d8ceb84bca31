// How dates read on every screen: the one formatter lives with the domain, so a statement line built in
// shared code (an incentive's "closed from … to …") reads as the screen around it does.
export { dateText, dateTimeText, timeText } from '../../shared/domain/date-text';
