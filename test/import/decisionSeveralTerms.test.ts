import { importText, toContractJson } from '../../src/import';
import { nameInClause } from '../../src/import/fields/name';

/**
 * Minutes approving two partnerships at once, each clause naming its partnership after its non-profit ("med
 * Föreningen X, org.nr …, om Läxhjälp för perioden …"), with shared clauses that give each partnership its own term
 * ("räknas upp med 2 procent, medan bidraget till Y är fast") and a run-in heading per partnership in the case
 * description (src/import/severalPartnerships.ts). The extracts are written for these tests.
 */
const MINUTES = `VIKBY KOMMUN
SAMMANTRÄDESPROTOKOLL

Vikby kommun (org.nr 212000-1111)
Kultur- och fritidsnämnden

§ 12 Idéburna offentliga partnerskap: Kvällsbiblioteket
Strand och Båtklubbens skola

Beslut

Kultur- och fritidsnämnden beslutar

1. att ingå IOP-avtal med Läsfrämjandet Strand, org.nr 802400-1234, om Kvällsbiblioteket Strand för perioden 2029-01-01 – 2030-12-31, med ett verksamhetsbidrag om 200 000 kr per år,

2. att ingå IOP-avtal med Föreningen Strandens Båtklubb, org.nr 802400-5678, om Båtklubbens skola för perioden 2029-03-01 – 2029-12-31, med ett verksamhetsbidrag om 10 000 kr per månad,

3. att verksamhetsbidraget till Kvällsbiblioteket Strand räknas upp med 3 procent per år, medan bidraget till Båtklubbens skola är fast under avtalstiden,

4. att avtalet om Kvällsbiblioteket Strand ska kunna förlängas med två år, medan en fortsättning för Båtklubbens skola förutsätter ett nytt beslut, samt

5. att uppdra åt förvaltningen att teckna avtalen.

Ärendet

Nämndens ram för civilsamhället är 2,5 mnkr.

Kvällsbiblioteket Strand. Läsfrämjandet Strand håller biblioteket öppet tre kvällar i veckan. Nämnden lämnar ett verksamhetsbidrag om 200 000 kr per år. Föreningen bidrar med egna medel om 50 000 kr per år. Partnerskapets samlade värde är 250 000 kr per år.

Båtklubbens skola. Föreningen Strandens Båtklubb lär unga att segla. Nämnden lämnar ett verksamhetsbidrag om 10 000 kr per månad, det vill säga 120 000 kr per år. Föreningen bidrar med egna medel om 30 000 kr per år. Partnerskapets samlade värde är 150 000 kr per år.

Yrkanden

Ordföranden yrkar bifall till förvaltningens förslag.
`;

type Agreement = ReturnType<typeof toContractJson>['agreements'][number];
const read = (text: string) => toContractJson(importText(text, 'protokoll.txt'));
const shares = (a: Agreement) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

describe('minutes approving two partnerships with their own terms', () => {
  const doc = read(MINUTES);
  const [first, second] = doc.agreements;

  test('each is named as its clause names it after its non-profit', () => {
    expect(doc.agreements.map((a) => a.name)).toEqual(['Kvällsbiblioteket Strand', 'Båtklubbens skola']);
  });

  test('a shared clause gives each its own half: indexation and extension are not borrowed', () => {
    expect(first.indexation?.rate).toBe(0.03);
    expect(first.validity.extension).toEqual({ years: 2, times: 1 });
    expect(second.indexation).toBeNull();
    expect(second.validity.extension).toBeNull();
  });

  test('each reads its economy from its own run-in section, not the title line that names both', () => {
    expect(shares(first)).toEqual({ 'Vikby kommun': 200000, 'Läsfrämjandet Strand': 50000 });
    expect(first.annualTotal).toBe(250000);
    expect(shares(second)).toEqual({ 'Vikby kommun': 120000, 'Föreningen Strandens Båtklubb': 30000 });
    expect(second.annualTotal).toBe(150000);
  });

  test('a clause that names both with no word between their terms is neither one’s', () => {
    const text = MINUTES.replace(
      '3. att verksamhetsbidraget till Kvällsbiblioteket Strand räknas upp med 3 procent per år, medan bidraget till Båtklubbens skola är fast under avtalstiden,',
      '3. att bidragen till Kvällsbiblioteket Strand och Båtklubbens skola räknas upp med 3 procent per år,',
    );
    const [a, b] = read(text).agreements;
    // "X och Y räknas upp": not split at a bare "och"; read for neither rather than for one.
    expect(a.indexation).toBeNull();
    expect(b.indexation).toBeNull();
  });
});

describe('nameInClause after the party', () => {
  test('reads "med Föreningen X, org.nr …, om Namn för perioden"', () => {
    expect(nameInClause('att ingå IOP-avtal med Föreningen Ekot, org.nr 802400-1234, om Musikhörnan Norr för perioden 2029-01-01', ['Föreningen Ekot'])?.name).toBe(
      'Musikhörnan Norr',
    );
    expect(nameInClause('att teckna avtal med Föreningen Ekot (802400-1234) avseende Läxhjälp i Byn, enligt bilaga', ['Föreningen Ekot'])?.name).toBe('Läxhjälp i Byn');
  });

  test('reads no name where the clause goes on about something else', () => {
    expect(nameInClause('att ingå avtal med Föreningen Ekot om ett idéburet offentligt partnerskap', ['Föreningen Ekot'])).toBeNull();
    expect(nameInClause('att ingå avtal med Föreningen Ekot om IOP för perioden 2029', ['Föreningen Ekot'])).toBeNull();
  });
});
