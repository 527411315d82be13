import { refusal } from './refusal';
import { procurementContract } from '../../src/import/kind';
import { buildSource } from '../../src/import/text/source';

/**
 * A contract awarded by procurement (LOU, LUF, LOV, also reserved for non-profits under 19 a kap. LOU) is no IOP,
 * however warmly it speaks of the non-profit supplier (src/import/kind.ts, `procurementContract`). An IOP that explains
 * why it is no procurement still imports. Documents written for these tests, in several municipalities' styles.
 */
const PROCUREMENT = /^NOT_IOP: Dokumentet är ett upphandlat avtal/;

/** A reserved contract with labelled roles, which says it is no IOP but speaks of a partnership-like dialogue. */
const RESERVED = `ÖSTRA KOMMUN
Vård- och omsorgsnämnden / Upphandlingsfunktionen

KONTRAKT
Träffpunkt för äldre – reserverat kontrakt för idéburna organisationer

1. Parter

Beställare:
  Östra kommun, vård- och omsorgsnämnden
  Organisationsnummer 212000-0449
Leverantör:
  Föreningen Kaffekoppen
  Organisationsnummer 802011-4578

2. Bakgrund

Kontraktet har tilldelats efter en upphandling enligt lagen (2016:1145) om offentlig upphandling, reserverad för
idéburna organisationer enligt 19 a kap. LOU. Kommunen har angett att kontraktet inte är ett idéburet offentligt
partnerskap (IOP). Parterna eftersträvar ett partnerskapsliknande samarbete under avtalstiden.

3. Ersättning

Ersättning utgår med 950 kronor per deltagare och dag enligt Leverantörens anbud. Det uppskattade värdet är
2 100 000 kronor per år.

4. Avtalstid

Kontraktet gäller från och med 2027-03-01 till och med 2029-02-28 med option att förlänga i 12 + 12 månader.
`;

describe('a procurement contract is refused as no IOP', () => {
  test('a reserved contract (19 a kap. LOU) that says it is no IOP and speaks of a partnership-like dialogue', () => {
    expect(refusal(RESERVED)).toMatch(PROCUREMENT);
  });

  test('a contract under LOV with the supplier named by alias, tender documents and a penalty, no role labels', () => {
    const text = `Avtal om daglig verksamhet enligt LOV

Mellan Västra kommun, socialnämnden, org.nr 212000-0449, nedan kallad Beställaren, och Föreningen Arbetsglädje,
org.nr 802011-4578, nedan kallad Leverantören, har följande avtal slutits efter ansökan i valfrihetssystemet enligt
lagen om valfrihetssystem (LOV).

Leverantören ska utföra uppdraget enligt förfrågningsunderlaget och kravspecifikationen. Ersättning betalas med
1 100 kronor per deltagare och dag. Brister som inte rättas inom 30 dagar medför vite om 5 000 kronor.

Avtalet gäller från och med 2027-01-01 till och med 2028-12-31. Samarbetet sker i partnerskap med kommunens träffpunkter.
`;
    expect(refusal(text)).toMatch(PROCUREMENT);
  });

  test('a framework agreement (ramavtal) with call-offs after procurement, parties in a table', () => {
    const text = `RAMAVTAL

| Beställare | Norra kommun, org.nr 212000-0449 |
| Leverantör | Stiftelsen Läxhjälpen, org.nr 802011-4578 |

Ramavtalet har upphandlats genom ett förenklat förfarande. Avrop sker skriftligen. Vid försenad leverans utgår vite
med 1 procent av avropets värde per vecka. Ramavtalet gäller 2027-01-01 – 2028-12-31 med option på förlängning ett år.
Pris: 650 kronor per timme. Parterna samverkar i ett nära partnerskap.
`;
    expect(refusal(text)).toMatch(PROCUREMENT);
  });

  test('a contract that says it is no IOP, with two marks of procurement and no role labels', () => {
    const text = `Avtal om lovaktiviteter

Avtalet är inte ett IOP. Det har tilldelats Föreningen Sommarlov, org.nr 802011-4578, av Södra kommun, org.nr
212000-0449, efter en direktupphandling enligt LOU. Föreningen får 400 000 kronor för sommaren 2027. Avtalet gäller
2027-06-01 – 2027-08-31 och bygger på ett nära partnerskap med fritidsgårdarna.
`;
    expect(refusal(text)).toMatch(PROCUREMENT);
  });
});

/** An IOP between a kommun and a förening, with a paragraph the tests fill in. */
const iop = (paragraph: string) => `Överenskommelse om idéburet offentligt partnerskap – Mötesplats Bro

Parter
Ale kommun genom socialnämnden, organisationsnummer 212000-0449, nedan kallad nämnden.
Föreningen Bro, organisationsnummer 802011-4578, nedan kallad föreningen.

Bakgrund
${paragraph}

Ekonomi
Nämnden bidrar med 300 000 kr per år och föreningen med ideellt arbete värt 120 000 kr per år.

Giltighet
Överenskommelsen gäller från och med 2027-01-01 till och med 2028-12-31. Vid väsentligt avtalsbrott får
överenskommelsen hävas.
`;

describe('an IOP that speaks of procurement still imports', () => {
  test.each([
    ['ett IOP är inte en upphandling', 'Ett IOP är inte en upphandling enligt LOU, och föreningen är ingen leverantör. Inget anbud har lämnats och inget vite kan utgå.'],
    ['IOP chosen over procurement with options', 'Förvaltningen har övervägt att upphandla tjänsten enligt LOU med option och vite, men bedömer att ett idéburet offentligt partnerskap passar bättre.'],
    ['not within LOU', 'Överenskommelsen omfattas inte av lagen (2016:1145) om offentlig upphandling eftersom verksamheten inte är ekonomisk. Det finns ingen beställare och ingen leverantör.'],
    ['a minority motion to procure', 'En ledamot yrkade att verksamheten i stället skulle upphandlas enligt LOU med förfrågningsunderlag och option. Nämnden beslutade att ingå partnerskapet.'],
  ])('%s', (_, paragraph) => {
    const text = iop(paragraph);
    expect(procurementContract(buildSource(text))).toBe(false);
    expect(refusal(text)).toBeNull();
  });

  test('an IOP whose own words name it an IOP is never refused here, even beside labelled roles', () => {
    const text = iop('Detta är ett idéburet offentligt partnerskap. Tidigare drevs verksamheten som ett upphandlat avtal med option och vite.').replace(
      'Parter\n',
      'Parter\nBeställare:\n',
    );
    expect(procurementContract(buildSource(text))).toBe(false);
  });
});

/**
 * The negation may stand inside a longer sentence, right before the partnership's name: "ett köp av tjänster och inte
 * en överenskommelse om idéburet offentligt partnerskap", "men utgör inget IOP". Such a mention makes no document an
 * IOP (kind.ts: DENIES_IOP, also in negatedMention), so the procurement's marks decide.
 */
describe('a framework agreement that calls its idéburen supplier no IOP partner in passing', () => {
  test('"… och inte en överenskommelse om idéburet offentligt partnerskap", a ranked supplier, call-offs and a penalty', () => {
    const text = `RAMAVTAL
Hemtjänstinsatser i glesbygd

1. Avtalsparter
Beställare\tLeverantör
Norra kommun, omsorgsnämnden, org.nr 212000-0449\tStiftelsen Bygdeomsorg, org.nr 802011-4578

2. Grund
Ramavtalet har tecknats efter upphandling enligt lagen (2016:1145) om offentlig upphandling. Leverantören har
rangordnats som nummer 1. Stiftelsen är idéburen, men avtalet är ett köp av tjänster och inte en överenskommelse om
idéburet offentligt partnerskap.

3. Avtalstid och pris
Ramavtalet gäller 2028-01-01 – 2029-12-31 med option att förlänga 1+1 år. Pris 480 kr per timme; det uppskattade
värdet är 900 000 kr per år. Avrop görs skriftligen. Vid försenad start utgår vite med 1 000 kr per dag.
`;
    expect(refusal(text)).toMatch(PROCUREMENT);
  });

  test('"… men utgör inget IOP", roles as aliases, an award and tender documents', () => {
    const text = `Avtal om daglig sysselsättning

Mellan Västra kommun, org.nr 212000-0449, nedan kallad Beställaren, och Föreningen Verkstan, org.nr 802011-4578,
nedan kallad Leverantören. Avtalet har tilldelats efter förenklad upphandling. Samarbetet är ett långsiktigt partnerskap
men utgör inget IOP. Leverantören ska följa förfrågningsunderlaget. Ersättning 950 kr per deltagare och dag.
Avtalet gäller 2028-03-01 – 2030-02-28.
`;
    expect(refusal(text)).toMatch(PROCUREMENT);
  });

  test('an IOP that says it came about without procurement and is not one still imports', () => {
    const text = iop('Överenskommelsen har ingåtts utan föregående upphandling och är inte en upphandling enligt LOU, utan ett idéburet offentligt partnerskap. Avrop och vite förekommer inte.');
    expect(procurementContract(buildSource(text))).toBe(false);
    expect(refusal(text)).toBeNull();
  });
});
