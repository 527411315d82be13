import type { RawItem, StatedAmount } from './model';

/**
 * An economy written only in sentences. When some party lists several yearly amounts (an enumeration: "ideellt
 * arbete … samt egna lokaler …"), every share is a cost line and a party's contribution is their sum, except one
 * that equals the sum of the same party's other shares ("nämndens kostnad om 780 000 kr" beside 660 000 and
 * 120 000 kr), which is that party's subtotal. When every party states one amount, those are its contribution
 * and no cost lines (null). A party's part of a stated total (`ofTotal`) beside its other lines is its subtotal.
 * Linear in the number of shares: one sum per party.
 */
export function proseLines(shares: RawItem[]): { items: RawItem[]; subtotals: StatedAmount[] } | null {
  const byParty = new Map<RawItem['party'], RawItem[]>();
  for (const s of shares) {
    const own = byParty.get(s.party);
    if (own) own.push(s);
    else byParty.set(s.party, [s]);
  }
  if (![...byParty.values()].some((own) => new Set(own.map((s) => s.amount)).size >= 2)) return null;
  const subtotal = new Set<RawItem>();
  for (const own of byParty.values()) {
    // A party's part of a stated total ("…, varav föreningen 100 000 kronor") beside its other lines is its subtotal.
    const whole = own.length >= 2 ? own.filter((s) => s.ofTotal) : [];
    if (whole.length && whole.length < own.length) {
      for (const s of whole) subtotal.add(s);
      continue;
    }
    if (own.length < 3) continue;
    const sum = own.reduce((t, s) => t + s.amount, 0);
    // A subtotal s satisfies s = sum − s.
    const hit = own.find((s) => 2 * s.amount === sum);
    if (hit) subtotal.add(hit);
  }
  return {
    items: shares.filter((s) => !subtotal.has(s)),
    subtotals: [...subtotal].map((s) => ({ party: s.party, amount: s.amount, ...(s.ofTotal ? { ofTotal: true } : {}), start: s.start, end: s.end })),
  };
}
