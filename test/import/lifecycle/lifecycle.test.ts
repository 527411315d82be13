import { importText } from '../../../src/import';

/** A small amendment with two parties; `body` holds its own clauses. */
const amendment = (title: string, body: string) => `Exempelby kommun
Dnr SN 2030/0101

${title}

till överenskommelse om idéburet offentligt partnerskap avseende Läxhjälp Söder

§ 1 Parter

Exempelby kommun, genom socialnämnden, organisationsnummer 212000-0001, nedan kallad Kommunen.
Föreningen Läxhjälpen, organisationsnummer 802000-0001, nedan kallad Föreningen.

${body}

§ 5 Ekonomi

Från och med den 1 januari 2031 höjs Kommunens bidrag till 400 000 kronor per år.
`;

const first = (text: string) => importText(text, 'test.txt').agreements[0];
const warned = (a: ReturnType<typeof first>, field: string) => a.warnings.some((w) => w.field === field);

describe('an amendment: its own effective date is not the agreement validity', () => {
  it('reads the main agreement period from a definitions list, not the signing date or "träder i kraft"', () => {
    const a = first(
      amendment(
        'TILLÄGGSAVTAL NR 2',
        `§ 2 Definitioner

I detta tilläggsavtal avses med

a) Huvudöverenskommelsen: den överenskommelse som parterna undertecknade den 3 december 2029 och som gäller under perioden 2030-01-01 – 2032-12-31;

b) Avtalsår: kalenderår.

§ 3 Ikraftträdande

Detta tilläggsavtal träder i kraft när det har undertecknats och tillämpas från och med den 1 januari 2031 till och med Huvudöverenskommelsens utgång.`,
      ),
    );
    expect(a.validity.start).toBe('2030-01-01');
    expect(a.validity.end).toBe('2032-12-31');
  });

  it('reads "Huvudavtalet löper …" in the background', () => {
    const a = first(
      amendment(
        'Ändringsavtal nr 1',
        `§ 2 Bakgrund

Parterna tecknade den 10 november 2029 ett avtal. Huvudavtalet löper från och med 2030-02-01 till och med 2032-01-31.

§ 3 Giltighet

Ändringen gäller från och med den 1 januari 2031.`,
      ),
    );
    expect(a.validity.start).toBe('2030-02-01');
    expect(a.validity.end).toBe('2032-01-31');
  });

  it('leaves the validity unknown with a warning when only the amendment dates are given', () => {
    const a = first(
      amendment(
        'Tilläggsavtal nr 1',
        `§ 2 Ändring

Ändringarna gäller från och med den 1 januari 2031. Tillägget tillämpas fr.o.m. 2031-01-01. I övrigt gäller överenskommelsen oförändrad.`,
      ),
    );
    expect(a.validity.start).toBeNull();
    expect(a.validity.end).toBeNull();
    expect(warned(a, 'validity.start')).toBe(true);
  });
});

/** An ordinary agreement whose partnership is named in one of several ways. */
const agreement = (head: string) => `${head}

1. Parter

Exempelby kommun, genom kulturnämnden, org.nr 212000-0001, nedan kallad Kommunen.
Stiftelsen Bokbussen, org.nr 802000-0001, nedan kallad Stiftelsen.

2. Ekonomi

Kommunen bidrar med 300 000 kronor per år. Stiftelsen bidrar med 100 000 kronor per år.

3. Avtalstid

Överenskommelsen gäller från och med 2030-01-01 till och med 2031-12-31.
`;

describe('the partnership name: "benämns i det följande X" and a subtitle "avseende … – X"', () => {
  it.each([
    ['Överenskommelse om idéburet offentligt partnerskap\n\nPartnerskapet benämns i det följande Läsresan Norr.', 'Läsresan Norr'],
    ['Överenskommelse om idéburet offentligt partnerskap\n\nSamarbetet kallas i det följande Bokbussen Väst.', 'Bokbussen Väst'],
    ['Överenskommelse om idéburet offentligt partnerskap\n\navseende läsfrämjande för barn och unga – Läsresan Norr', 'Läsresan Norr'],
    ['IOP-överenskommelse\n\nom mobil biblioteksverksamhet på landsbygden – Bokbussen Väst', 'Bokbussen Väst'],
  ])('%s', (head, name) => {
    expect(first(agreement(head)).name).toBe(name);
  });

  it('does not read a party after the subtitle dash as the name: the fallback says it is inferred', () => {
    const a = first(agreement('Överenskommelse om idéburet offentligt partnerskap\n\navseende läsfrämjande – Stiftelsen Bokbussen'));
    expect(a.warnings.some((w) => w.code === 'INFERRED' && w.field === 'name')).toBe(true);
  });
});

describe('a decision heading wrapped onto a second line', () => {
  it('reads the name after the dash on the second line', () => {
    const text = `EXEMPELBY STAD PROTOKOLLSUTDRAG

Kulturnämnden Sammanträdesdatum 2030-01-20

§ 4 Förlängning av överenskommelse om idéburet offentligt
partnerskap – Läsresan Norr

Beslut
Kulturnämnden beslutar att förlänga överenskommelsen med Stiftelsen Bokbussen, organisationsnummer 802000-0001, med ett år, till och med 2031-12-31.

Nämnden bidrar med 300 000 kronor per år.
`;
    expect(first(text).name).toBe('Läsresan Norr');
  });
});

/** A decision that extends an agreement and restates its terms; `terms` holds the restated economy. */
const extension = (terms: string, consequences: string) => `PROTOKOLLSUTDRAG

Kulturnämnden Sammanträdesdatum 2030-01-20

§ 4 Förlängning av överenskommelse om idéburet offentligt partnerskap – Läsresan Norr

Beslut
Kulturnämnden beslutar att förlänga överenskommelsen med Stiftelsen Bokbussen, organisationsnummer 802000-0001, med ett år, till och med 2031-12-31.

Ärendet
Överenskommelsen ingicks för perioden 2028-01-01 – 2030-12-31. Av överenskommelsen framgår följande villkor.

${terms}

Ekonomiska konsekvenser
${consequences}
`;

describe('an extension decision restating the original terms', () => {
  it.each([
    [
      '• Nämnden bidrar med 500 000 kronor per år räknat i 2028 års nivå. Stiftelsen bidrar med 200 000 kronor per år.\n\n• Nämndens bidrag räknas enligt § 6 upp med 2 procent per år. För förlängningsåret uppgår nämndens bidrag därmed till 530 604 kronor.',
      'Kostnaden ryms inom nämndens budget för kultur 2030, som uppgår till 4,5 mnkr.',
    ],
    [
      'Nämnden bidrar med 500 000 kronor per år. Stiftelsen bidrar med 200 000 kronor per år. Bidraget räknas enligt punkt 6.2 upp med 2 procent per år; efter uppräkningen uppgår nämndens bidrag 2031 till 530 604 kronor.',
      'Kostnaden ryms inom förvaltningens budgetram, som uppgår till 12 mnkr.',
    ],
  ])('keeps the first year level, not the later indexed amount nor the committee budget (%#)', (terms, consequences) => {
    const a = first(extension(terms, consequences));
    const amounts = a.contributions.map((c) => c.annualAmount).sort();
    expect(amounts).toEqual([200000, 500000]);
    expect(a.indexation?.rate).toBe(0.02);
    expect(a.costItems.some((c) => c.annualAmount === 530604)).toBe(false);
  });
});

describe('a PDF table row whose label wrapped round a party and amount run together', () => {
  const table = (unit: string, rows: string) => `Överenskommelse om idéburet offentligt partnerskap – Läsresan Norr

1. Parter

Exempelby kommun, genom kulturnämnden, org.nr 212000-0001, nedan kallad Nämnden.
Stiftelsen Bokbussen, org.nr 802000-0001, nedan kallad Stiftelsen.

2. Ekonomi

Parternas insatser per år anges i ${unit}.

Insats\tPart\t${unit} per år

Verksamhetsbidrag\tNämnden 1,2

${rows}

Volontärer, 800 timmar\tStiftelsen 0,2
Summa\t1,75
`;
  it.each([
    ['miljoner kronor (mnkr)', 'Lokal och hyresgaranti, 2 lokaler\nNämnden 0,35\n(nettokostnad)'],
    ['mnkr', 'Lokal och hyresgaranti,\nNämnden 0,35\nlokaler i centrum'],
  ])('reads the wrapped row (%s)', (unit, rows) => {
    const a = first(table(unit, rows));
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([1200000, 350000, 200000]);
    expect(a.annualTotal).toBe(1750000);
  });

  it('does not read a paragraph between two lines as a row', () => {
    const a = first(table('mnkr', 'Nämnden svarar för lokalen.\nStiftelsen ansvarar för bemanningen.'));
    expect(a.costItems.map((c) => c.annualAmount)).not.toContain(350000);
  });
});
