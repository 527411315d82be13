import { UNATTRIBUTED_CIVIL, type PartyAmount } from '../../domain/contributions';
import { formatKr } from '../format';

/**
 * A party's yearly amount as the domain knows it: kronor per year, or — when nothing in the document states it —
 * unknown, never "0 kr" (within the civil remainder when the agreement has one); the remainder says whose it is.
 */
export function PartyAmountText({ amount, all, perYear = true }: { amount: PartyAmount; all: readonly PartyAmount[]; perYear?: boolean }) {
  const unit = perYear ? ' per år' : '';
  if (!amount.known) {
    const within = all.some((a) => a.unattributed?.covers.includes(amount.party));
    return <>okänt ({within ? `ingår i "${UNATTRIBUTED_CIVIL}"` : 'avtalet anger inget belopp'})</>;
  }
  if (amount.unattributed) {
    const whose = amount.unattributed.covers.length ? `; ${amount.unattributed.covers.join(' och ')}` : '';
    return <>{formatKr(amount.annualAmount)}{unit} (avtalets summa minus parternas angivna belopp{whose})</>;
  }
  return <>{formatKr(amount.annualAmount)}{unit}</>;
}
