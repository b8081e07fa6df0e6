import { type Instant, toTime } from './time';

/** Where a card stands at `now`: a card is valid through the last day of its expiry month (UTC). */
export type CardExpiry = 'valid' | 'expiring_soon' | 'expired';

/** A card that expires within this many months (the current one included) is expiring soon. */
const EXPIRING_SOON_MONTHS = 2;

/** Whether the card is valid, expires this month or next (`expiring_soon`), or has expired. */
export function cardExpiry(card: { expMonth: number; expYear: number }, now: Instant): CardExpiry {
  const at = new Date(toTime(now));
  const monthsLeft = (card.expYear - at.getUTCFullYear()) * 12 + (card.expMonth - 1 - at.getUTCMonth());
  if (monthsLeft < 0) return 'expired';
  return monthsLeft < EXPIRING_SOON_MONTHS ? 'expiring_soon' : 'valid';
}
