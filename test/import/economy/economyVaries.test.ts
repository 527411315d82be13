import { importText, toContractJson } from '../../../src/import';

/**
 * An agreement's economy as it varies: a fixed part plus a variable part (a price per unit, an expected volume and a
 * cap "högst"), a payment given only per kvartal beside premises valued in kronor and a summary per party, and a
 * table whose Part column uses the short names the parties list gives in parentheses ("(nämnden)"), with a total whose
 * number a narrow PDF cell broke over two lines. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const sector = (a: ReturnType<typeof agreement>, s: 'public' | 'civil') =>
  a.contributions.filter((c) => a.parties.find((p) => p.name === c.party)?.sector === s).reduce((t, c) => t + c.annualAmount, 0);

const PROSE_VARIABLE = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Kvällsöppet Åsen

1 PARTER

Tranås kommun, socialnämnden, org.nr 212000-0563 (nämnden)
Föreningen Grannstöd Åsen, org.nr 802400-1236 (föreningen)

2 GILTIGHET

Överenskommelsen gäller från och med 2029-01-01 till och med 2030-12-31.

3 EKONOMI

Nämnden betalar en fast del om 200 000 kr per år för samordning. Därtill betalar nämnden en rörlig del om 450 kr per deltagare och kväll. Beräknat antal deltagarkvällar är 500 per år och den rörliga delen är högst 225 000 kr per år.

Föreningen bidrar med ideellt arbete, 1 000 timmar per år à 200 kr.

Partnerskapets sammanlagda värde är 625 000 kr per år.
`;

const QUARTERLY_AND_PREMISES = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Kvällsöppet Åsen

1 PARTER

Tranås kommun, socialnämnden, org.nr 212000-0563 (nämnden)
Föreningen Grannstöd Åsen, org.nr 802400-1236 (föreningen)

2 GILTIGHET

Överenskommelsen gäller från och med 2029-01-01 till och med 2030-12-31.

3 EKONOMI

3.1 Nämndens insatser

   a) Bidrag. Nämnden betalar ett bidrag om 50 000 kr per kvartal.
      Bidraget betalas ut kvartalsvis i efterskott.

   b) Lokal. Nämnden upplåter en lokal i Folkets hus utan kostnad för
      föreningen. Upplåtelsens värde beräknas enligt kommunens internhyra
      till 60 000 kr per år.

3.2 Föreningens insatser

   a) Ideellt arbete, 1 000 timmar per år värderade till 200 kr per timme.

   b) Egna medel, 40 000 kr per år.

3.3 Sammanfattning

   Nämndens insatser uppgår till 260 000 kronor per år och föreningens
   till 240 000 kronor per år. Det sammanlagda värdet av partnerskapet
   är därmed 500 000 kronor per år.
`;

const TABLE_SHORT_NAMES = `ÖVERENSKOMMELSE
Idéburet offentligt partnerskap – Verkstaden Norrby

1. Parter

Tranås kommun genom socialnämnden, org.nr 212000-0563 (nämnden)
Föreningen Grannstöd Åsen, org.nr 802400-1236 (föreningen)

2. Tid

Överenskommelsen gäller från 2029-01-01 till 2030-12-31.

3. Ekonomi

Post	Part	Underlag	Kr/år
Fast del	Nämnden	handledare och lokal	300 000
Rörlig del	Nämnden	2 000 kr per deltagare och månad, beräknat 60 deltagarmånader, högst 120 000 kr	120 000
Ideellt arbete	Föreningen	500 timmar à 200 kr	100 000
Beräknat totalt värde	520
per år	000

4. Uppföljning

Föreningen redovisar varje halvår.
`;

describe('a fixed part and a capped variable part in sentences', () => {
  test('the variable part valued in its own sentence is the payer of the sentence that priced it', () => {
    const a = agreement(PROSE_VARIABLE);
    expect(sector(a, 'public')).toBe(200000 + 225000);
    expect(sector(a, 'civil')).toBe(200000);
    expect(a.annualTotal).toBe(625000);
    expect(a.costItems.filter((c) => c.party === 'Tranås kommun').map((c) => c.annualAmount).sort()).toEqual([200000, 225000]);
    expect(a.costItems.map((c) => c.label)).toContain('rörlig del');
  });

  test('without the sentence that values it, the variable part is no share of the fixed part\'s payer', () => {
    const a = agreement(PROSE_VARIABLE.replace(/ Beräknat antal deltagarkvällar[^\n]*\n/, '\n'));
    expect(a.contributions.find((c) => c.party === 'Tranås kommun')?.annualAmount).not.toBe(425000);
    expect(a.warnings.some((w) => /^(?:contributions|annualTotal|costItems)/.test(w.field ?? ''))).toBe(true);
  });
});

describe('a payment per kvartal, premises valued by the municipality\'s rent, and each side\'s summary', () => {
  test('the party\'s stated whole is the sum of its parts, not the first part', () => {
    const a = agreement(QUARTERLY_AND_PREMISES);
    expect(sector(a, 'public')).toBe(4 * 50000 + 60000);
    expect(sector(a, 'civil')).toBe(240000);
    expect(a.annualTotal).toBe(500000);
    expect(a.warnings).not.toContainEqual(expect.objectContaining({ field: 'contributions', message: expect.stringContaining('två olika belopp') }));
  });

  test('a summary that is no sum of the parts stays ambiguous', () => {
    const a = agreement(QUARTERLY_AND_PREMISES.replace('uppgår till 260 000', 'uppgår till 270 000').replace('500 000 kronor', '510 000 kronor'));
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'contributions' }));
  });
});

describe('a table of parts with the short names of the parties list', () => {
  test('"(nämnden)" after the first party\'s number is its own short name, and the broken total is one number', () => {
    const a = agreement(TABLE_SHORT_NAMES);
    expect(sector(a, 'public')).toBe(420000);
    expect(sector(a, 'civil')).toBe(100000);
    expect(a.annualTotal).toBe(520000);
    expect(a.costItems).toHaveLength(3);
    expect(a.warnings.filter((w) => w.code === 'AMBIGUOUS' && /^(?:costItems|contributions)/.test(w.field ?? ''))).toEqual([]);
  });
});
