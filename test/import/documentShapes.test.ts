import { importText, toContractJson } from '../../src/import';

/**
 * Issue 19's document shapes, each on small documents written for these tests (none copied from a corpus or a
 * blind set): a decision memo proposing several partnerships in one table, an overview written as one block per
 * partnership, a table's scale stated in the sentence above it, the public party's org number in a letterhead or
 * footer, and an extension memo.
 */
const read = (text: string) => toContractJson(importText(text, 'x.txt'));
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);
const amounts = (a: { contributions: { annualAmount: number }[] }) => a.contributions.map((c) => c.annualAmount);

const MEMO_HEAD = `Ljusdals kommun
Omsorgsförvaltningen

TJÄNSTESKRIVELSE

Två idéburna offentliga partnerskap 2027–2028

Förslag till beslut

Omsorgsnämnden föreslås besluta att ingå idéburna offentliga partnerskap med de två föreningar som anges i tabellen.
`;

const TERMS = `Villkor

Båda överenskommelserna föreslås gälla från och med den 1 mars 2027 till och med den 28 februari 2029. Varje överenskommelse kan förlängas med ett år, vid ett tillfälle. Nämndens bidrag räknas upp med 2 procent inför varje nytt kalenderår.`;

describe('a decision memo proposing several partnerships in one table', () => {
  const memo = (table: string, extra = '') => read(`${MEMO_HEAD}\n${table}\n\n${TERMS}\n${extra}`);
  const TABLE = `Partnerskap\tIdéburen part\tOrg.nr\tNämndens bidrag, kr/år\tPartens egen insats, kr/år\tTotalt värde, kr/år
Kvällsträffar\tFöreningen Eldsjälarna\t802471-6616\t300 000\t100 000\t400 000
Besöksvänner\tFöreningen Grannhjälpen\t802480-1574\t200 000\t50 000\t250 000
Summa\t\t\t500 000\t150 000\t650 000`;

  test('is a decision with one agreement per row, the civil column read', () => {
    const r = memo(TABLE);
    expect(r.documentKind).toBe('decision');
    expect(r.agreements.map((a) => a.name)).toEqual(['Kvällsträffar', 'Besöksvänner']);
    expect(r.agreements.map(amounts)).toEqual([[300000, 100000], [200000, 50000]]);
    expect(r.agreements.map((a) => a.annualTotal)).toEqual([400000, 250000]);
    // The Summa row is no partnership, and it confirms each column.
    expect(r.agreements[0].obtained['contributions[0]']).toBe('reconciled');
  });

  test('the terms the prose states once hold for every row', () => {
    for (const a of memo(TABLE).agreements) {
      expect(a.validity).toMatchObject({ start: '2027-03-01', end: '2029-02-28', extension: { years: 1, times: 1 } });
      expect(a.indexation?.rate).toBe(0.02);
    }
  });

  test('a follow-up memo with the same table (it notes a report) stays an overview, without the prose terms', () => {
    const followUp = MEMO_HEAD.replace(
      'Omsorgsnämnden föreslås besluta att ingå idéburna offentliga partnerskap med de två föreningar som anges i tabellen.',
      'Omsorgsnämnden lägger uppföljningen av nämndens idéburna offentliga partnerskap till handlingarna.',
    );
    const r = read(`${followUp}\n${TABLE}\n\n${TERMS}`);
    expect(r.documentKind).toBe('overview');
    expect(r.agreements[0].validity.extension).toBeNull();
  });

  test('a scale stated only in the sentence above the table scales every amount column', () => {
    const table = `Beloppen i tabellen anges i tusentals kronor (tkr) per år.

Partnerskap\tIdéburen part\tOrg.nr\tNämndens bidrag\tFöreningens egen insats\tSumma
Kvällsträffar\tFöreningen Eldsjälarna\t802471-6616\t300\t100\t400
Besöksvänner\tFöreningen Grannhjälpen\t802480-1574\t200\t50\t250
Summa\t\t\t500\t150\t650`;
    const r = memo(table);
    expect(r.agreements.map(amounts)).toEqual([[300000, 100000], [200000, 50000]]);
    expect(r.agreements.map((a) => a.annualTotal)).toEqual([400000, 250000]);
  });

  test('the header\'s own unit wins over a sentence above ("kr/år" under a "tkr" note)', () => {
    const r = memo(`Beloppen anges i tkr.\n\n${TABLE}`);
    expect(amounts(r.agreements[0])).toEqual([300000, 100000]);
  });

  test('the public party\'s org number in the footer line is read; two different ones give none', () => {
    const footer = 'Ljusdals kommun · Omsorgsförvaltningen · 827 80 Ljusdal · Org.nr 212000-2197';
    expect(memo(TABLE, footer).agreements[0].parties[0]).toMatchObject({ name: 'Ljusdals kommun', orgNumber: '212000-2197' });
    const two = memo(TABLE, `${footer}\nRegion Gävleborg, org.nr 232100-0198`).agreements[0];
    expect(two.parties[0].orgNumber).toBeNull();
    expect(codes(two)).toContain('MISSING_FIELD:parties[0].orgNumber');
  });
});

describe('an overview written as one block per partnership', () => {
  const block = (name: string, partner: string, period: string, cost: string, value: string) => `----------------------------------------
${name}
----------------------------------------
Idéburen part: ${partner}
Avtalsperiod: ${period}
Årlig kostnad för nämnden: ${cost}
Partnerskapets totala värde per år: ${value}
Kommentar: Verksamheten löper enligt plan.
`;
  const doc = `Ljusdals kommun

Uppföljning av fritidsnämndens idéburna offentliga partnerskap 2027

Nämnden har tre gällande partnerskap. Varje partnerskap redovisas för sig.

${block('Simskola för alla', 'Föreningen Vattenvana', '2026-01-01 – 2027-12-31', '120 000 kr', '180 000 kr')}
${block('Motionsdans', 'Föreningen Dansglädje och Föreningen Seniorerna', '1 juli 2026 – 30 juni 2028', '90 000 kr', '150 000 kr')}
${block('Öppen hall', 'Föreningen Bollkulan', 'tills vidare, från 2025-03-01', '60 000 kr', '75 000 kr')}`;

  test('each block is one agreement of an overview', () => {
    const r = read(doc);
    expect(r.documentKind).toBe('overview');
    expect(r.agreements.map((a) => a.name)).toEqual(['Simskola för alla', 'Motionsdans', 'Öppen hall']);
    expect(r.agreements.map((a) => a.annualTotal)).toEqual([180000, 150000, 75000]);
    expect(r.agreements.map((a) => a.contributions[0].annualAmount)).toEqual([120000, 90000, 60000]);
    expect(r.agreements[1].parties.map((p) => p.name)).toEqual(['Ljusdals kommun', 'Föreningen Dansglädje', 'Föreningen Seniorerna']);
    expect(r.agreements[1].validity).toMatchObject({ start: '2026-07-01', end: '2028-06-30' });
    expect(r.agreements[2].validity).toMatchObject({ start: '2025-03-01', end: null });
  });

  test('an amount only in a block, with nothing to confirm it, carries a warning on its own field', () => {
    const a = read(doc).agreements[0];
    expect(codes(a)).toEqual(expect.arrayContaining(['UNCONFIRMED:contributions[0]', 'UNCONFIRMED:annualTotal']));
  });

  test('one labelled block is not an overview (an agreement may label its fields)', () => {
    const one = `Överenskommelse om idéburet offentligt partnerskap\n\nSimskola för alla\nIdéburen part: Föreningen Vattenvana, org.nr 802471-6616\nAvtalsperiod: 2026-01-01 – 2027-12-31\nÅrlig kostnad för nämnden: 120 000 kr\n\nLjusdals kommun, org.nr 212000-2197, och Föreningen Vattenvana tecknar härmed överenskommelsen.`;
    expect(read(one).documentKind).not.toBe('overview');
  });
});

describe('an extension memo', () => {
  const memo = (clause: string, after = '') => read(`Ljusdals kommun

TJÄNSTESKRIVELSE

Förlängning av idéburet offentligt partnerskap Kvällsträffar

Förslag till beslut

Omsorgsnämnden beslutar att förlänga överenskommelsen om idéburet offentligt partnerskap Kvällsträffar med Föreningen Eldsjälarna (org.nr 802471-6616) för perioden 2027-03-01 – 2029-02-28.

Sammanfattning

Överenskommelsen med Ljusdals kommun (org.nr 212000-2197) gäller till och med den 28 februari 2027 och ${clause} ${after}

Ekonomi före och efter förlängningen

Insats\tNuvarande överenskommelse, kr/år\tEfter förlängningen, kr/år
Nämnden, bidrag\t300 000\t320 000
Föreningen, ideell tid\t100 000\t110 000
Totalt\t400 000\t430 000
`).agreements[0];

  test('the one extension the agreement allowed is the one decided: none remains', () => {
    const a = memo('kan förlängas en gång med två år.');
    expect(a.validity.extension).toBeNull();
    expect(codes(a)).toContain('INFERRED:validity.extension');
  });

  test('one of two extensions decided: one remains, said as inferred', () => {
    const a = memo('kan förlängas två gånger med ett år.');
    expect(a.validity.extension).toEqual({ years: 1, times: 1 });
    expect(codes(a)).toContain('INFERRED:validity.extension');
  });

  test('"no further extension" wins over the original clause', () => {
    const a = memo('kan förlängas två gånger med ett år.', 'Efter denna förlängning finns ingen ytterligare möjlighet till förlängning.');
    expect(a.validity.extension).toBeNull();
  });

  test('the amounts after the extension are read from a before/after table under an economy heading', () => {
    const a = memo('kan förlängas en gång med två år.');
    expect(amounts(a)).toEqual([320000, 110000]);
    expect(a.annualTotal).toBe(430000);
  });
});

describe('an e-mail with a quoted older message', () => {
  const MAIL = `Från: Anna Berg <anna.berg@ljusdal.se>
Ämne: Sammanfattning – IOP Kvällsträffar

Överenskommelsen om idéburet offentligt partnerskap "Kvällsträffar" är undertecknad.

PARTER
* Ljusdals kommun, genom omsorgsnämnden (org.nr 212000-2197)
* Föreningen Eldsjälarna (org.nr 802471-6616)

EKONOMI (per år)
* Kommunen: samordnare 250 000 kr per år
* Föreningen: ideell tid 100 000 kr per år
`;
  const QUOTE = `
-----Ursprungligt meddelande-----
Från: Per Lind
> I utkastet låg samordnaren på 20 000 kr/mån och lokalen på 60 000 kr per år.
`;

  test('the quotation adds no item and changes no amount', () => {
    const a = read(MAIL + QUOTE).agreements[0];
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([250000, 100000]);
    expect(a.annualTotal).toBe(350000);
  });

  test('a document that is only quotation keeps it', () => {
    const quotedOnly = MAIL.split('\n').map((l) => `> ${l}`).join('\n');
    expect(read(quotedOnly).agreements[0].costItems.map((c) => c.annualAmount)).toEqual([250000, 100000]);
  });
});
