import { importText, toContractJson } from '../../src/import';
import { piecesToText, twoColumnOrder } from '../../src/import/readers/pdf';
import { stepOf } from '../../src/import/fields/indexation';
import { confirmAmounts } from '../../src/import/confirm';

/**
 * The rule families of issue 19, each on small documents written for these tests (none copied from the corpus):
 * names, dates, extension, places, indexation timing, two-column PDF pages and numbers that check themselves.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const PARTIES = `Parter
Hallsbergs kommun genom socialnämnden, organisationsnummer 212000-1892.
Föreningen Ljusglimten, organisationsnummer 802455-1114.`;

const ECONOMY = `Ekonomi
Socialnämnden bidrar med 200 000 kr per år och Föreningen Ljusglimten med 100 000 kr per år. Partnerskapets sammanlagda värde är 300 000 kr per år.`;

describe('names', () => {
  test('a line that labels the name wins over a title of the kind and the parties', () => {
    const a = agreement(`Överenskommelse om idéburet offentligt partnerskap mellan Hallsbergs kommun och Föreningen Ljusglimten\n\nPartnerskapets namn: Kvällsöppet\n\n${PARTIES}\n\n${ECONOMY}`);
    expect(a.name).toBe('Kvällsöppet');
    expect(a.obtained.name).toBe('read');
  });

  test('a title of the kind and the parties only gives the document\'s own quoted short name, said as inferred', () => {
    const a = agreement(`Överenskommelse om idéburet offentligt partnerskap mellan Hallsbergs kommun och Föreningen Ljusglimten\n\n${PARTIES}\n\n${ECONOMY}\n\nFakturering\nMärk fakturan "IOP Ljusglimten Hallsberg".`);
    expect(a.name).toBe('IOP Ljusglimten Hallsberg');
    expect(codes(a)).toContain('INFERRED:name');
  });

  test('with no name anywhere, the civil party names the partnership, said as inferred', () => {
    const a = agreement(`Idéburet offentligt partnerskap, Föreningen Ljusglimten\n\n${PARTIES}\n\n${ECONOMY}`);
    expect(a.name).toBe('Föreningen Ljusglimten');
    expect(a.obtained.name).toBe('inferred');
  });

  test('a name given in a sentence ("har fått namnet X") and a kind-name-party title', () => {
    expect(agreement(`Nyhetsbrev nr 2\n\nSatsningen har fått namnet Kvällsljus och riktar sig till unga.\n\n${PARTIES}\n\n${ECONOMY}`).name).toBe('Kvällsljus');
    expect(agreement(`Idéburet offentligt partnerskap Kvällsljus med Föreningen Ljusglimten\n\n${PARTIES}\n\n${ECONOMY}`).name).toBe('Kvällsljus');
  });
});

describe('dates', () => {
  const withValidity = (validity: string) => agreement(`Kvällsljus\n\n${PARTIES}\n\n${ECONOMY}\n\nGiltighet\n${validity}`);

  test('"fr.o.m. … t.o.m. …": an abbreviation\'s full stop does not end the sentence', () => {
    expect(withValidity('Överenskommelsen gäller fr.o.m. 2026-02-01 t.o.m. 2027-01-31.').validity).toMatchObject({ start: '2026-02-01', end: '2027-01-31' });
  });

  test('"börjar gälla den …" and "tills vidare"', () => {
    expect(withValidity('Överenskommelsen börjar gälla den 1 april 2026 och löper därefter tills vidare.').validity).toMatchObject({ start: '2026-04-01', end: null });
  });

  test('an end computed from "löper under två år från …"', () => {
    const a = withValidity('Överenskommelsen löper under två år från 2026-09-01.');
    expect(a.validity).toMatchObject({ start: '2026-09-01', end: '2028-08-31' });
    expect(a.obtained['validity.end']).toBe('computed');
  });

  test('"verksamhetsåren 2026–2028" and "läsåret 2026/27" give whole years, said as inferred', () => {
    const years = withValidity('Överenskommelsen gäller för verksamhetsåren 2026–2028.');
    expect(years.validity).toMatchObject({ start: '2026-01-01', end: '2028-12-31' });
    expect(codes(years)).toEqual(expect.arrayContaining(['INFERRED:validity.start', 'INFERRED:validity.end']));
    expect(withValidity('Överenskommelsen gäller läsåret 2026/27.').validity).toMatchObject({ start: '2026-08-01', end: '2027-06-30' });
  });
});

describe('extension', () => {
  const withClause = (clause: string) => agreement(`Kvällsljus\n\n${PARTIES}\n\n${ECONOMY}\n\nGiltighet\nÖverenskommelsen gäller från och med 2026-01-01 till och med 2027-12-31. ${clause}`).validity.extension;

  test('"förlängas med högst ett år" is one extension of a year', () => {
    expect(withClause('Den kan därefter förlängas med högst ett år.')).toEqual({ years: 1, times: 1 });
  });

  test('the count and the length in separate sentences', () => {
    expect(withClause('Den kan förlängas högst två gånger. Varje förlängning avser ett år.')).toEqual({ years: 1, times: 2 });
  });
});

describe('places', () => {
  const places = (sentence: string) => agreement(`Kvällsljus\n\n${PARTIES}\n\n${ECONOMY}\n\nOmfattning\n${sentence}`).places;
  test.each([
    ['Verksamheten har plats för 18 unga åt gången.', 18],
    ['Föreningen kan ta emot 35 deltagare i taget.', 35],
    ['Jouren har sex (6) platser.', 6],
  ])('%s', (sentence, n) => expect(places(sentence)).toBe(n));
});

describe('indexation timing', () => {
  const at = (text: string) => [{ text, start: 0, end: text.length }];
  test.each([
    ['Beloppen räknas upp med 2 % för varje nytt kalenderår.', '2026-03-01', { stepMonth: 1, inferred: null }],
    ['Beloppen räknas upp med 2 % inför varje nytt avtalsår.', '2026-02-01', { stepMonth: 2, inferred: null }],
    ['Beloppen räknas upp med 2 % från och med det andra avtalsåret.', '2026-09-01', { stepMonth: 9, inferred: null }],
    ['Bidraget räknas upp per verksamhetsår (juli–juni) med 2 %.', '2026-01-01', { stepMonth: 7, inferred: null }],
    ['Bidraget räknas upp med 2 %, första gången den 1 juli 2027.', '2026-01-01', { stepMonth: 7, baseYear: 2026, inferred: null }],
  ])('%s', (text, start, want) => expect(stepOf(at(text), start)).toMatchObject(want));

  test('not said: the calendar-year convention, inferred', () => {
    expect(stepOf(at('Beloppen räknas upp med 2 % per år.'), '2026-02-01')).toMatchObject({ stepMonth: 1, inferred: expect.any(String) });
  });

  test('the agreement carries the step month and its base year', () => {
    const a = agreement(`Kvällsljus\n\n${PARTIES}\n\n${ECONOMY} Bidragen räknas upp med 2 procent inför varje nytt avtalsår.\n\nGiltighet\nÖverenskommelsen gäller från och med 2026-02-01 till och med 2028-01-31.`);
    expect(a.indexation).toEqual({ rate: 0.02, baseYear: 2026, stepMonth: 2 });
    expect(a.obtained['indexation.stepMonth']).toBe('read');
  });
});

describe('numbers that check themselves', () => {
  test('shares that sum to the stated total are reconciled, with no warning', () => {
    const a = agreement(`Kvällsljus\n\n${PARTIES}\n\n${ECONOMY}`);
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'reconciled', 'contributions[1]': 'reconciled', annualTotal: 'reconciled' });
    expect(codes(a).filter((c) => c.startsWith('UNCONFIRMED'))).toEqual([]);
  });

  test('shares that do not sum to the stated total are each warned on their own field', () => {
    const a = agreement(`Kvällsljus\n\n${PARTIES}\n\nEkonomi\nSocialnämnden bidrar med 200 000 kr per år och Föreningen Ljusglimten med 100 000 kr per år. Partnerskapets sammanlagda värde är 340 000 kr per år.`);
    expect(codes(a)).toEqual(expect.arrayContaining(['UNCONFIRMED:contributions[0]', 'UNCONFIRMED:contributions[1]', 'UNCONFIRMED:annualTotal']));
  });

  test('a side with no amount is unknown, not 0 kr', () => {
    const a = agreement(`Överenskommelse om IOP – Kvällsljus\n\n${PARTIES}\n\nEkonomi\nSocialnämnden bidrar med 200 000 kr per år.`);
    expect(a.warnings.some((w) => w.code === 'MISSING_FIELD' && w.field === 'contributions' && /idéburna/.test(w.message))).toBe(true);
  });

  test('shares each stated once, with no total: read and warned, the total their sum', () => {
    const a = agreement(`Överenskommelse om IOP – Kvällsljus\n\n${PARTIES}\n\nEkonomi\nSocialnämnden bidrar med 200 000 kr per år och Föreningen Ljusglimten med 100 000 kr per år.`);
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'read', 'contributions[1]': 'read', annualTotal: 'computed' });
    expect(codes(a)).toEqual(expect.arrayContaining(['UNCONFIRMED:contributions[0]', 'UNCONFIRMED:contributions[1]', 'UNCONFIRMED:annualTotal']));
  });

  test('items confirmed by their party\'s subtotal; a computed item stays computed when nothing confirms it', () => {
    const result = confirmAmounts({
      items: [
        { party: 0, amount: 120000, computed: false },
        { party: 0, amount: 80000, computed: false },
        { party: 1, amount: 96000, computed: true },
      ],
      partyReadings: [{ party: 0, amount: 200000, start: 10 }],
      totalReadings: [],
      contributions: [
        { party: 0, name: 'Hallsbergs kommun', amount: 200000, source: 'stated' },
        { party: 1, name: 'Föreningen Ljusglimten', amount: 96000, source: 'items' },
      ],
      annualTotal: { amount: 296000, source: 'sum' },
      partyCount: 2,
      itemsComplete: true,
    });
    expect(result.obtained).toEqual({
      'costItems[0]': 'reconciled',
      'costItems[1]': 'reconciled',
      'costItems[2]': 'computed',
      'contributions[0]': 'reconciled',
      'contributions[1]': 'computed',
      annualTotal: 'computed',
    });
    expect(result.warnings.map((w) => w.field)).toEqual(['costItems', 'contributions[1]', 'annualTotal']);
  });
});

describe('two-column PDF pages', () => {
  const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, size: 10 });
  const left = ['Kommunen och föreningen har tecknat en', 'överenskommelse om idéburet offentligt', 'partnerskap som har fått namnet Kvällsljus', 'och som vänder sig till unga vuxna i staden', 'som varken arbetar eller studerar just nu.', 'Kommunen bidrar med 200 000 kronor per', 'år och föreningen med 100 000 kronor per', 'år till verksamheten under avtalstiden.', 'Överenskommelsen gäller från den 1 mars', '2026 till och med den 28 februari 2028.'];
  const right = ['Familjecentralen har öppet som vanligt', 'under helgerna utom på julafton och på', 'nyårsafton. Öppettiderna finns på', 'kommunens webbplats under rubriken', 'Familj och barn, och i receptionen vid', 'entrén till kommunhuset på torget i', 'centrum. Välkommen in till oss under', 'hela vintern, säger verksamhetens chef', 'Anna Berg som har arbetat där länge nu.', 'Nästa nummer kommer ut i mars i år.'];
  const pieces = [piece('NYHETSBREV FRÅN KOMMUNEN OCH SOCIALFÖRVALTNINGEN I STADEN, NUMMER 3', 40, 800)];
  left.forEach((t, i) => pieces.push(piece(t, 40, 760 - i * 14)));
  right.forEach((t, i) => pieces.push(piece(t, 300, 760 - i * 14)));

  test('each column is read on its own, top to bottom, after the masthead', () => {
    expect(twoColumnOrder(pieces)).not.toBeNull();
    const text = piecesToText(pieces);
    expect(text).toContain('partnerskap som har fått namnet Kvällsljus\noch som vänder sig');
    expect(text.indexOf('2026 till och med den 28 februari 2028.')).toBeLessThan(text.indexOf('Familjecentralen'));
  });

  test('a table with a short amount column is not two columns of text', () => {
    const table = ['Samordnare', 'Lokalhyra', 'Material', 'Resor', 'Ideellt arbete', 'Utbildning', 'Administration', 'Telefoni', 'Försäkring', 'Revision'].flatMap((label, i) => [
      piece(label, 40, 700 - i * 14),
      piece(`${(i + 1) * 10} 000 kr`, 400, 700 - i * 14),
    ]);
    expect(twoColumnOrder(table)).toBeNull();
  });
});

describe('documents that are not IOP agreements', () => {
  test('a grant decision that says it is not an IOP', () => {
    const text = `Beslut om verksamhetsbidrag\n\nFöreningen Stjärnan, organisationsnummer 802455-1114, får 60 000 kr i föreningsbidrag för 2026.\n\nBedömning\nFörvaltningen har sett över om stödet borde vara ett idéburet offentligt partnerskap. Bidraget är ett vanligt föreningsbidrag och utgör inte en IOP. Något partnerskap ingås inte.`;
    expect(() => importText(text, 'x.txt')).toThrow(/inte ett IOP|annat slags/);
  });

  test('a grant decision that says it enters no partnership, and mentions another partnership besides', () => {
    const text = `Delegationsbeslut\nVerksamhetsbidrag 2030 till Storby Dragspelsklubb\n\nKultur- och fritidsförvaltningen beviljar Storby Dragspelsklubb, org.nr 802491-3629, verksamhetsbidrag för år 2030 med 24 000 kronor.\n\nSkäl\nBidraget beräknas enligt kommunens regler för föreningsbidrag. Något partnerskap eller någon överenskommelse mellan kommunen och föreningen ingås inte.\n\nKlubben spelar vid två träffar i Storbyns mötesplats, men det ersätts inom det partnerskapet och påverkar inte bidraget.`;
    expect(() => importText(text, 'x.txt')).toThrow(/beslut om bidrag/);
  });

  test('a partnership agreement on principles, with no civil counterpart and no money', () => {
    const text = `Partnerskapsöverenskommelse mellan Hallsbergs kommun och den idéburna sektorn\n\nSyfte\nÖverenskommelsen beskriver principer för hur kommunen och föreningslivet samverkar: dialog, kvalitet, långsiktighet och öppenhet. Parterna träffas en gång per år.`;
    expect(() => importText(text, 'x.txt')).toThrow(/principöverenskommelse/);
  });
});

describe('an overview with a column per fact', () => {
  const overview = `Hallsbergs kommun – Socialnämnden

Förteckning över socialnämndens idéburna offentliga partnerskap

Hallsbergs kommun (org.nr 212000-1892) är part i alla överenskommelser genom socialnämnden.

| Partnerskap | Idéburen part | Org.nr | Platser | Giltighet | Nämndens insats, kr/år | Partens insats, kr/år | Totalt, kr/år | Uppräkning |
|---|---|---|---|---|---|---|---|---|
| Kvällsljus | Föreningen Ljusglimten | 802455-1114 | 15 | 2026-01-01 – 2027-12-31 | 200 000 | 100 000 | 300 000 | 2 % |
| Läxkompis | Föreningen Läxkompis Hallsberg | 802400-2183 | – | 2025-07-01 – 2026-06-30 | 120 000 | 30 000 | 150 000 | KPI |
| **Summa** | | | | | **320 000** | **130 000** | **450 000** | |`;
  const rows = () => toContractJson(importText(overview, 'o.md')).agreements;

  test('org numbers, places, both parties\' amounts, the total and the rate are read per row', () => {
    const [first, second] = rows();
    expect(first.parties.map((p) => p.orgNumber)).toEqual(['212000-1892', '802455-1114']);
    expect(first.places).toBe(15);
    expect(first.contributions.map((c) => c.annualAmount)).toEqual([200000, 100000]);
    expect(first.annualTotal).toBe(300000);
    expect(first.indexation).toMatchObject({ rate: 0.02 });
    expect(second.indexation).toBeNull();
    expect(codes(second)).toContain('AMBIGUOUS:indexation');
  });

  test('the Summa row confirms every row of its columns', () => {
    for (const a of rows()) {
      expect(a.obtained).toMatchObject({ annualTotal: 'reconciled', 'contributions[0]': 'reconciled', 'contributions[1]': 'reconciled' });
      expect(codes(a).filter((c) => c.startsWith('UNCONFIRMED'))).toEqual([]);
    }
  });
});

describe('economy in prose', () => {
  const withEconomy = (economy: string) =>
    agreement(`Överenskommelse om IOP – Kvällsljus\n\nParter\nParter i denna överenskommelse är Hallsbergs kommun, genom socialnämnden, organisationsnummer 212000-1892, och Föreningen Ljusglimten, organisationsnummer 802455-1114, nedan kallad föreningen.\n\nEkonomi\n${economy}`);

  test('"Parter i denna överenskommelse är A, genom nämnden, … och B" gives both parties', () => {
    const a = withEconomy('Socialnämnden bidrar med 200 000 kr per år.');
    expect(a.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Hallsbergs kommun', '212000-1892', 'public'],
      ['Föreningen Ljusglimten', '802455-1114', 'civil'],
    ]);
  });

  test('the payer named before a semicolon, and a next sentence about the same contribution', () => {
    const a = withEconomy(
      'Socialnämnden bidrar med 200 000 kr per år. Nämnden upplåter även en lokal utan kostnad för föreningen; lokalens värde beräknas till 60 000 kronor per år. Föreningen bidrar med ideellt arbete. Omfattningen beräknas till 500 timmar per år och värderas till 200 kronor per timme. Det sammanlagda värdet är 360 000 kr per år.',
    );
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([260000, 100000]);
    expect(a.obtained.annualTotal).toBe('reconciled');
  });
});

describe('which amount is the current one', () => {
  const amendment = (economy: string) =>
    agreement(`Tilläggsavtal nr 2 till överenskommelse om idéburet offentligt partnerskap ”Kvällsljus”\n\n${PARTIES}\n\nÄndring\n${economy}`);

  test('"höjs från X till Y" in prose: the new amount only', () => {
    const a = amendment('Socialnämndens årliga bidrag höjs från 200 000 kronor till 230 000 kronor från och med 2027-01-01.');
    expect(a.contributions).toEqual([{ party: 'Hallsbergs kommun', annualAmount: 230000 }]);
  });

  test('a before/after table: the column after the change', () => {
    const a = amendment('Part\tInsats\tTidigare belopp, kr/år\tNytt belopp, kr/år\nSocialnämnden\tSamordnare\t200 000\t230 000\nFöreningen Ljusglimten\tIdeellt arbete\t100 000\t100 000');
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([230000, 100000]);
  });
});

describe('scales, periods and implied arithmetic', () => {
  const withEconomy = (economy: string) => agreement(`Överenskommelse om IOP – Kvällsljus\n\n${PARTIES}\n\nEkonomi\n${economy}`);
  const amounts = (economy: string) => withEconomy(economy).contributions.map((c) => c.annualAmount);

  test('a scale stated above the table (KSEK) and Mkr with decimals', () => {
    expect(amounts('Belopp i KSEK.\n\nPart\tInsats\tPer år\nSocialnämnden\tSamordnare\t450\nFöreningen Ljusglimten\tIdeellt arbete\t120\nTotalt\t\t570')).toEqual([450000, 120000]);
    expect(amounts('Socialnämnden bidrar med 1,25 Mkr per år och föreningen med 0,4 Mkr per år.')).toEqual([1250000, 400000]);
  });

  test('per month for a stated number of months', () => {
    expect(amounts('Socialnämnden bidrar med 20 000 kr per månad under tio månader per år. Föreningen bidrar med 40 000 kr per år.')).toEqual([200000, 40000]);
  });

  test('a fraction of a post × a monthly salary + social fees, and full-time equivalents', () => {
    expect(amounts('Socialnämnden finansierar 0,5 tjänst à 30 000 kr/mån + PO 31,42 %. Föreningen bidrar med 40 000 kr per år.')).toEqual([236556, 40000]);
    expect(amounts('Föreningen bidrar med 2 åa à 28 000 kr/mån. Socialnämnden bidrar med 500 000 kr per år.')).toEqual([500000, 672000]);
  });

  test('a percentage split of a stated total', () => {
    const a = withEconomy('Partnerskapets totala kostnad är 800 000 kr per år, varav socialnämnden står för 75 % och föreningen för 25 %.');
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([600000, 200000]);
    // The shares are worked out from the total: they sum to it by construction, which confirms nothing.
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'computed', 'contributions[1]': 'computed', annualTotal: 'read' });
    expect(codes(a)).toEqual(expect.arrayContaining(['UNCONFIRMED:contributions[0]', 'UNCONFIRMED:contributions[1]', 'UNCONFIRMED:annualTotal']));
  });

  test('a percentage split in the sentence after the total: computed, not reconciled', () => {
    const a = withEconomy('Verksamhetens budget är 1,5 mnkr per år. Socialnämnden står för 40 procent och föreningen för 60 procent.');
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([600000, 900000]);
    expect(Object.values(a.obtained).filter((o) => o === 'reconciled')).toEqual([]);
  });

  test('a split share that a separate list of the party\'s own items agrees with is confirmed by that list', () => {
    const a = withEconomy('Partnerskapets totala kostnad är 800 000 kr per år, varav socialnämnden står för 75 % och föreningen för 25 %.');
    const r = confirmAmounts({
      items: [{ party: 0, amount: 600000, computed: true, start: 40 }, { party: 1, amount: 200000, computed: true, start: 40 }],
      partyReadings: [{ party: 0, amount: 600000, start: 40, derived: true }, { party: 1, amount: 200000, start: 40, derived: true }, { party: 0, amount: 600000, start: 300 }],
      totalReadings: [{ amount: 800000, start: 40 }],
      contributions: [
        { party: 0, name: 'Hallsbergs kommun', amount: 600000, source: 'stated', origins: [40, 300] },
        { party: 1, name: 'Föreningen Ljusglimten', amount: 200000, source: 'stated', origins: [40], derived: true },
      ],
      annualTotal: { amount: 800000, source: 'stated' },
      partyCount: 2,
      itemsComplete: true,
    });
    expect(a.contributions).toHaveLength(2);
    // The committee's share is also written on its own (a second statement); the association's is only derived.
    expect(r.obtained).toMatchObject({ 'contributions[0]': 'reconciled', 'contributions[1]': 'computed', annualTotal: 'read' });
  });

  test('stepped amounts per year in prose: the first year, and the others as yearAmounts', () => {
    const a = withEconomy('Socialnämnden bidrar med 300 000 kr år 2026 och 320 000 kr år 2027. Föreningen bidrar med 100 000 kr per år.');
    expect(a.contributions[0]).toEqual({ party: 'Hallsbergs kommun', annualAmount: 300000, yearAmounts: [{ year: 2026, amount: 300000 }, { year: 2027, amount: 320000 }] });
  });
});

test('a plain-text table ruled with dashes and broken by a page footer; a committee with a district name is its bare name in the table', () => {
  const a = agreement(`Överenskommelse om IOP – Kvällsljus

Parter
Göteborgs Stad genom socialnämnden Hisingen, organisationsnummer 212000-1355.
Föreningen Ljusglimten, organisationsnummer 802455-1114, nedan kallad föreningen.

Ekonomi
Insats                          Part               Kronor/år
------------------------------------------------------------
Samordnare                      Socialnämnden        300 000
Lokal                           Socialnämnden        100 000

------------------------------------------------------------
Göteborgs Stad · Box 1 · 400 00 Göteborg
Sida 2 av 2

Insats                          Part               Kronor/år
------------------------------------------------------------
Ideellt arbete                  Föreningen           150 000
------------------------------------------------------------
Summa socialnämnden                                  400 000
Totalt per år                                        550 000`);
  expect(a.costItems.map((c) => [c.party, c.annualAmount])).toEqual([
    ['Göteborgs Stad', 300000],
    ['Göteborgs Stad', 100000],
    ['Föreningen Ljusglimten', 150000],
  ]);
  expect(a.annualTotal).toBe(550000);
  expect(a.obtained.annualTotal).toBe('reconciled');
});
