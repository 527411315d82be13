import { importText, toContractJson } from '../../src/import';
import { partyAmounts } from '../../src/domain/contributions';
import { foreignOrganisationLines } from '../../src/import/economy/attribution';
import type { PartyInfo } from '../../src/import/fields/parties';

/**
 * A line of the economy whose label names an organisation that is not the public party is never booked to the
 * public party. Documents written for these tests.
 */
const memo = (rows: string, total = '') => `Hallsbergs kommun
Socialförvaltningen
Tjänsteskrivelse 2026-01-10

Idéburet offentligt partnerskap om kvällsöppen verksamhet

Förslag till beslut
Socialnämnden beslutar att ingå idéburet offentligt partnerskap om kvällsöppen verksamhet för unga.

Ekonomi
Kostnaderna per år fördelas enligt tabellen.

Post\tBelopp
${rows}${total}`;
const imported = (text: string) => toContractJson(importText(text, 'memo.txt')).agreements[0];
const municipality = (a: ReturnType<typeof imported>) => a.contributions.find((c) => c.party === 'Hallsbergs kommun')?.annualAmount;

describe('a decision memo that finds no civil party', () => {
  test('a line opening with a non-profit is not the municipality\'s; the stated total keeps it as the civil side\'s rest', () => {
    const a = imported(memo('Samordnare\t300 000\nLokalhyra\t60 000\nFöreningen Ljusglimten, ideellt arbete\t100 000\n', 'Summa\t460 000'));
    expect(a.costItems.map((i) => i.label)).toEqual(['Samordnare', 'Lokalhyra']);
    expect(municipality(a)).toBe(360000);
    expect(a.annualTotal).toBe(460000);
    expect(a.warnings.some((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions' && w.message.includes('Föreningen Ljusglimten'))).toBe(true);
    // No mismatch claimed: the rest of the total is the unnamed civil side's, by the domain's remainder rule.
    expect(a.warnings.filter((w) => w.code === 'TOTAL_MISMATCH')).toEqual([]);
    const rows = partyAmounts(a as Parameters<typeof partyAmounts>[0]);
    expect(rows.find((r) => r.party !== 'Hallsbergs kommun')?.annualAmount).toBe(100000);
  });

  test('a genitive ("Stiftelsens …") and a compound name ("Idrottsföreningens …") are the organisation too', () => {
    const a = imported(memo('Samordnare\t300 000\nStiftelsens lokaler\t80 000\nIdrottsföreningens ledare\t40 000\n'));
    expect(municipality(a)).toBe(300000);
    // With no stated total, the municipality's amount is not the partnership's total.
    expect(a.annualTotal).toBeNull();
    expect(a.warnings.filter((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions')).toHaveLength(2);
  });

  test('a grant "till föreningen" is the paying party\'s line', () => {
    const a = imported(memo('Bidrag till föreningen\t300 000\nLokalhyra\t60 000\n'));
    expect(municipality(a)).toBe(360000);
  });
});

describe('foreignOrganisationLines', () => {
  const kommun: PartyInfo = { name: 'Hallsbergs kommun', orgNumber: null, sector: 'public', unit: 'Socialnämnden', aliases: [] };
  const civil: PartyInfo = { name: 'Föreningen Ljusglimten', orgNumber: null, sector: 'civil', unit: null, aliases: [] };
  const line = (label: string) => ({ party: null, label, amount: 1000, start: 0, end: 1 });

  test('another public body that is not a party is foreign whatever the parties', () => {
    const lines = [line('Region Örebro län, medfinansiering'), line('Samordnare')];
    expect([...foreignOrganisationLines(lines, [kommun, civil]).foreign].map((l) => l.label)).toEqual(['Region Örebro län, medfinansiering']);
  });

  test('a non-profit line is left to the attribution rules when a civil party was found', () => {
    expect(foreignOrganisationLines([line('Föreningens ideella arbete')], [kommun, civil]).foreign.size).toBe(0);
  });
});
