import { importText, toContractJson } from '../../../src/import';
import { beforePeriod, outsideAfter, outsideOrPast, wholeOfAnother } from '../../../src/import/economy/otherTotals';

/**
 * A total must be the partnership's yearly total (economy/otherTotals.ts): a department's or an organisation's whole
 * budget, money the document puts outside the partnership, money of the past and sums about years before the
 * agreement are not. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const head = (economy: string, period = 'Överenskommelsen gäller från och med den 1 april 2027 till och med den 31 mars 2029.') => `Överenskommelse om idéburet offentligt partnerskap – Familjeträffen Brickebacken

Parter
Örebro kommun, organisationsnummer 212000-1850, genom socialnämnden (nedan nämnden).
Föreningen Familjenätet Örebro, organisationsnummer 802503-6180 (nedan föreningen).

Giltighet
${period}

Ekonomi
Nämnden bidrar med 520 000 kronor per år. Föreningen bidrar med ideellt arbete värderat till 210 000 kronor per år.
${economy}
`;

describe('sums that are not the partnership\'s yearly total', () => {
  test.each([
    ['a department\'s budget the cost fits in', 'Kostnaden ryms inom förvaltningens budget för öppna insatser, som för 2027 uppgår till 8,5 miljoner kronor.'],
    ['a committee\'s whole budget', 'Socialnämndens totala budget för 2027 är 1 240 miljoner kronor.'],
    ['the association\'s turnover', 'Föreningens omsättning är i dag cirka 3,4 mnkr per år.'],
    ['money the document puts outside the partnership', 'Postkodstiftelsen har gett föreningen sammanlagt 1 900 000 kronor; de pengarna ingår inte i partnerskapet.'],
    ['money spent in the past', 'Under projektåren betalade Allmänna arvsfonden sammanlagt 2 150 000 kronor till föreningen.'],
    ['a sum about years before the agreement', 'Projektet hade 2023–2026 en total budget om 1 200 tkr.'],
  ])('%s is not taken as the total; the parties\' shares make it', (_what, sentence) => {
    const a = agreement(head(`${sentence}\nPartnerskapets sammanlagda värde är 730 000 kronor per år.`));
    expect(a.annualTotal).toBe(730000);
    expect(a.obtained.annualTotal).toBe('reconciled');
    expect(a.warnings.filter((w) => w.field === 'annualTotal')).toEqual([]);
    // With no total of its own stated, the document's total is the shares' sum, never the distractor.
    const alone = agreement(head(sentence));
    expect(alone.annualTotal).toBe(730000);
  });

  test('the partnership\'s own budget, value or total is still the total', () => {
    for (const sentence of [
      'Verksamhetens budget för 2027 är 730 000 kronor.',
      'Budgeten för partnerskapet uppgår till 730 000 kronor per år.',
      'Det samlade värdet per år är 730 000 kronor.',
      'Totalt omfattar partnerskapet 730 000 kronor per år.',
    ]) {
      expect(wholeOfAnother(sentence) || outsideOrPast(sentence) !== null).toBe(false);
      expect(agreement(head(sentence)).annualTotal).toBe(730000);
    }
    // A party's budgeted share is a share, not a budget of the whole.
    expect(wholeOfAnother('Kommunens budgeterade kostnad för insatsen är 520 000 kronor per år.')).toBe(false);
  });

  test('a unit\'s budget named in the same sentence as a share or the total leaves them be', () => {
    const a = agreement(head('Partnerskapets samlade värde är 730 000 kronor per år, vilket ryms inom förvaltningens budget.').replace('Nämnden bidrar med 520 000 kronor per år.', 'Föreningens totala budget är 2,1 mnkr, varav nämndens bidrag utgör 520 000 kronor per år.'));
    expect(amounts(a)).toMatchObject({ 'Örebro kommun': 520000 });
    expect(a.annualTotal).toBe(730000);
  });

  test('among several stated totals, the one the parties\' stated shares add up to', () => {
    const a = agreement(head('Satsningens totala kostnad beräknas till 900 000 kronor det första året, inklusive uppstart. Partnerskapets samlade värde är 730 000 kronor per år.'));
    expect(a.annualTotal).toBe(730000);
  });

  test('a party\'s money the document puts outside this agreement is no share of it either', () => {
    const a = agreement(head('Föreningens ansökan om bidrag från Arvsfonden om 350 000 kronor för en ny lokal omfattas inte av denna överenskommelse.'));
    expect(amounts(a)).toEqual({ 'Örebro kommun': 520000, 'Föreningen Familjenätet Örebro': 210000 });
    expect(a.annualTotal).toBe(730000);
    // The words must follow the amount in its own clause: a share before a clause about something else stays.
    expect(outsideAfter(' för en ny lokal omfattas inte av denna överenskommelse.')).toBe(true);
    expect(outsideAfter(' per år; lokalkostnaden ingår inte i avtalet.')).toBe(false);
  });

  test('a year is one of the agreement\'s own or later: the sum is kept', () => {
    expect(beforePeriod('Projektet hade 2023–2026 en total budget om 1 200 tkr.', 2027)).toBe(true);
    expect(beforePeriod('Partnerskapets värde 2027 är 730 000 kronor.', 2027)).toBe(false);
    // Dates and diary numbers are no years of the sum.
    expect(beforePeriod('Beslutat 2026-11-30 (dnr 2026/0412): totalt 730 000 kronor per år.', 2027)).toBe(false);
    expect(beforePeriod('Totalt 730 000 kronor per år.', null)).toBe(false);
  });
});
