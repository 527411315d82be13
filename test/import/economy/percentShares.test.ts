import { importText, toContractJson } from '../../../src/import';

/**
 * Shares written as percentages of a stated total, and a group of non-profits (a consortium) whose amount the
 * document splits between them in per cent. A split whose parts add up to 100 is the parties' shares; one that does
 * not warns and gives none; the members' split of a group's amount is that amount, never more money on top of it.
 * The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));
const codes = (a: ReturnType<typeof agreement>) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const threeParties = (economy: string, tail = '') => `Överenskommelse om idéburet offentligt partnerskap – Vilohuset

§ 1 Parter
1.1 Region Västerbygd, genom hälso- och sjukvårdsnämnden, organisationsnummer 232100-0123, nedan Regionen.

1.2 Åsby kommun, genom socialnämnden, organisationsnummer 212000-1488, nedan Kommunen.

1.3 Föreningen Vilostunden, organisationsnummer 802517-4361, nedan Föreningen.

§ 4 Ekonomi
${economy}

§ 5 Avtalstid
Överenskommelsen gäller från och med den 1 juli 2027 till och med den 30 juni 2029.
${tail}`;

describe('a percentage split of a stated total', () => {
  test('the split a sentence after the total, with a sentence of something else between', () => {
    const a = agreement(
      threeParties(
        'Verksamhetens totala kostnad beräknas till 1 800 000 kronor per år. Budgeten framgår av bilaga 1. Kostnaden fördelas mellan parterna enligt följande: Regionen svarar för 50 procent, Kommunen för 30 procent och Föreningen för 20 procent av den totala kostnaden.',
      ),
    );
    expect(a.annualTotal).toBe(1800000);
    expect(amounts(a)).toEqual({ 'Region Västerbygd': 900000, 'Åsby kommun': 540000, 'Föreningen Vilostunden': 360000 });
  });

  test('each percentage before its party ("45 % för Regionen")', () => {
    const a = agreement(threeParties('Partnerskapets sammanlagda budget är 2 000 000 kr per år. Den fördelas med 45 % för Regionen, 35 % för Kommunen och 20 % för Föreningen.'));
    expect(amounts(a)).toEqual({ 'Region Västerbygd': 900000, 'Åsby kommun': 700000, 'Föreningen Vilostunden': 400000 });
  });

  test('one party takes the rest ("… och föreningen för resterande del")', () => {
    const a = agreement(threeParties('Den totala kostnaden uppgår till 1 000 000 kronor per år. Regionen står för 60 procent och Kommunen för 25 procent av kostnaden, och Föreningen för resterande del.'));
    expect(amounts(a)).toEqual({ 'Region Västerbygd': 600000, 'Åsby kommun': 250000, 'Föreningen Vilostunden': 150000 });
  });

  test('a split that does not add up to 100 gives no shares and warns', () => {
    const a = agreement(threeParties('Den totala kostnaden uppgår till 1 000 000 kronor per år. Regionen står för 50 procent, Kommunen för 30 procent och Föreningen för 10 procent av kostnaden.'));
    expect(a.contributions).toEqual([]);
    expect(a.warnings.some((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions' && /90 %/.test(w.message))).toBe(true);
  });

  test('three sentences of something else end the total\'s reach', () => {
    const a = agreement(
      threeParties('Den totala kostnaden uppgår till 1 000 000 kronor per år. Budgeten finns i bilaga 1. Den har tagits fram gemensamt. Den följs upp årligen. Regionen står för 50 procent, Kommunen för 30 procent och Föreningen för 20 procent.'),
    );
    expect(a.contributions).toEqual([]);
  });

  test('a budget in a bilaga after the signatures confirms the total; its lines without parties give no sides', () => {
    const bilaga = `
§ 6 Underskrifter
Överenskommelsen har upprättats i tre likalydande exemplar.

Bilaga 1 – Budget
Kostnadspost\tKronor per år
Personal, 1,0 årsarbetare\t700 000
Lokal\t200 000
Ideellt arbete, 1 000 timmar à 200 kr\t200 000
Summa\t1 100 000
`;
    const a = agreement(threeParties('Den totala kostnaden beräknas till 1 100 000 kronor per år enligt bilaga 1. Regionen bär 40 %, Kommunen 40 % och Föreningen 20 % av kostnaden.', bilaga));
    expect(a.annualTotal).toBe(1100000);
    expect(amounts(a)).toEqual({ 'Region Västerbygd': 440000, 'Åsby kommun': 440000, 'Föreningen Vilostunden': 220000 });
    expect(a.costItems).toEqual([]);
  });
});

const consortium = (members: string, economy: string) => `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Läxhjälp Norra Åsby

1. PARTER
Åsby kommun, genom barn- och utbildningsnämnden, organisationsnummer 212000-2296, nedan kallad Kommunen.
${members}

2. AVTALSTID
Överenskommelsen gäller från och med 2027-01-01 till och med 2028-12-31.

3. EKONOMI
${economy}
`;

const listed = `Följande ideella föreningar, nedan gemensamt kallade Konsortiet:
a) Föreningen Läsglädje, organisationsnummer 802533-9089,
b) Norra Åsby Schackklubb, organisationsnummer 802541-7224,
c) Föreningen Mattelyftet, organisationsnummer 802566-0310.`;

describe('a consortium of non-profits named as a group', () => {
  test('the group\'s amount split by a list of percentages is the members\' shares, not more money', () => {
    const a = agreement(
      consortium(
        listed,
        `Partnerskapets totala värde beräknas till 1 500 000 kronor per år.
Kommunen bidrar med 1 000 000 kronor per år.
Konsortiets insats värderas till 500 000 kronor per år och fördelas enligt följande:
- Föreningen Läsglädje .................... 60 procent
- Norra Åsby Schackklubb .................. 20 procent
- Föreningen Mattelyftet .................. 20 procent
Konsortiet redovisar insatsen gemensamt.`,
      ),
    );
    expect(amounts(a)).toEqual({ 'Åsby kommun': 1000000, 'Föreningen Läsglädje': 300000, 'Norra Åsby Schackklubb': 100000, 'Föreningen Mattelyftet': 100000 });
    expect(a.annualTotal).toBe(1500000);
    expect(codes(a)).not.toContain('UNCONFIRMED:annualTotal');
  });

  test('members named before the group word, the split in the same sentence', () => {
    const members = `Föreningen Läsglädje, organisationsnummer 802533-9089, och Föreningen Mattelyftet, organisationsnummer 802566-0310, tillsammans benämnda ”Nätverket”.`;
    const a = agreement(consortium(members, 'Kommunen bidrar med 800 000 kronor per år. Nätverkets insats uppgår till 400 000 kronor per år, med 75 % för Föreningen Läsglädje och 25 % för Föreningen Mattelyftet.'));
    expect(amounts(a)).toEqual({ 'Åsby kommun': 800000, 'Föreningen Läsglädje': 300000, 'Föreningen Mattelyftet': 100000 });
  });

  test('a members\' split that does not add up to 100 warns; the group\'s amount stays the side\'s', () => {
    const a = agreement(
      consortium(
        listed,
        `Kommunen bidrar med 1 000 000 kronor per år.
Konsortiets insats värderas till 500 000 kronor per år och fördelas enligt följande:
- Föreningen Läsglädje .................... 60 procent
- Norra Åsby Schackklubb .................. 20 procent
- Föreningen Mattelyftet .................. 10 procent`,
      ),
    );
    const civil = a.contributions.filter((c) => c.party !== 'Åsby kommun').reduce((s, c) => s + c.annualAmount, 0);
    expect(civil).toBe(500000);
    expect(a.warnings.some((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions' && /90 %/.test(w.message))).toBe(true);
  });

  test('a name for all the parties ("gemensamt kallade Parterna") is no group', () => {
    const members = `Föreningen Läsglädje, organisationsnummer 802533-9089, nedan Föreningen. Kommunen och Föreningen benämns nedan gemensamt Parterna.`;
    const a = agreement(consortium(members, 'Kommunen bidrar med 800 000 kronor per år. Föreningen bidrar med ideellt arbete värderat till 200 000 kronor per år.'));
    expect(amounts(a)).toEqual({ 'Åsby kommun': 800000, 'Föreningen Läsglädje': 200000 });
  });
});
