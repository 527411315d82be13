import { importText } from '../../src/import';
import { refusal } from './refusal';

/**
 * Two look-alikes that are no IOP: a sponsorship agreement (kind.ts sponsorship) and an agreement on principles
 * between a kommun and the civil sector as a whole that commits no money (refusals.ts principlesOnly). Real IOP
 * agreements that mention sponsorship in passing, or limit a "no economic commitments" statement, still import.
 * Documents written for these tests.
 */
const SPONSORSHIP = /^NOT_IOP: Dokumentet är ett sponsringsavtal/;
const PRINCIPLES = /^NOT_IOP: Dokumentet är en principöverenskommelse/;

const SPONSOR_DEAL = `Sponsringsavtal 2030

1. Parter
Sponsor
Åsby Energi AB, org.nr 556901-2233, nedan Bolaget
Mottagare
Åsby Bandyklubb, org.nr 802411-7788, nedan Klubben

2. Sponsorbelopp
Bolaget betalar 60 000 kronor per säsong till Klubben mot faktura.

3. Klubbens motprestationer
Bolagets logotyp syns på klubbens matchställ och på en reklamskylt vid isen.

4. Avtalstid
Avtalet gäller 2030-01-01 – 2030-12-31. Parterna kan förlänga avtalet med ett år.

5. Förhållande till andra avtal
Avtalet påverkar inte Klubbens överenskommelse med kommunen om lovaktiviteter och inte dess IOP med fritidsnämnden.
`;

const IOP_WITH_SPONSORING = `Överenskommelse om idéburet offentligt partnerskap – Läxhjälp i Åsby

Parter
Åsby kommun, genom barn- och utbildningsnämnden, org.nr 212000-4455
Föreningen Läxhjälpen Åsby, org.nr 802499-1122

Syfte
Partnerskapet ska ge fler elever i årskurs 7–9 stöd i skolarbetet.

Ekonomi
Nämnden bidrar med 240 000 kronor per år. Föreningen finansierar resten med egna medel, sponsring från lokala företag och medlemsavgifter. Föreningen får visa sponsorernas logotyper på sitt eget material, men inte kommunens.

Giltighet
Överenskommelsen gäller 2030-01-01 – 2031-12-31.
`;

describe('a sponsorship agreement is no IOP', () => {
  test('"Sponsringsavtal" with a sponsor and a recipient, a sum per season and motprestationer', () => {
    expect(refusal(SPONSOR_DEAL)).toMatch(SPONSORSHIP);
  });

  test('titled plainly, but a party is labelled "Sponsor:" and the club gives exposure back', () => {
    const text = SPONSOR_DEAL.replace('Sponsringsavtal 2030', 'Avtal om samarbete kring bandyskolan')
      .replace('Sponsor\nÅsby Energi AB', 'Sponsor: Åsby Energi AB')
      .replace('Bolagets logotyp syns', 'Klubben ger Bolaget exponering: logotypen syns');
    expect(refusal(text)).toMatch(SPONSORSHIP);
  });

  test('a kommun as the sponsor, the document mentioning an IOP only as another agreement', () => {
    const text = SPONSOR_DEAL.replace('Åsby Energi AB, org.nr 556901-2233, nedan Bolaget', 'Åsby kommun, kommunstyrelsen, org.nr 212000-4455, nedan Bolaget');
    expect(refusal(text)).toMatch(SPONSORSHIP);
  });

  test('a sponsorship that calls itself an IOP is not refused as sponsorship', () => {
    const text = SPONSOR_DEAL.replace('Sponsringsavtal 2030', 'Sponsrings- och samverkansavtal 2030').replace(
      '2. Sponsorbelopp',
      'Detta avtal utgör ett idéburet offentligt partnerskap (IOP) mellan parterna.\n\n2. Sponsorbelopp',
    );
    expect(refusal(text) ?? '').not.toMatch(SPONSORSHIP);
  });

  test('a real IOP that counts sponsring among the förening\'s own funds imports', () => {
    const result = importText(IOP_WITH_SPONSORING, 'x.txt');
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0].parties.some((p) => p.sector === 'civil')).toBe(true);
  });
});

const LOCAL_AGREEMENT = `Lokal överenskommelse (LÖK) mellan Åsby kommun och den idéburna sektorn i Åsby

Antagen av kommunfullmäktige 2029-10-12, § 88

1. Syfte
Överenskommelsen är en samverkansöverenskommelse om principer för dialog mellan kommunen och de idéburna organisationerna. Den innehåller inga ekonomiska åtaganden och ger ingen organisation rätt till bidrag.

2. Parter
Kommunen och de föreningar som ansluter sig genom Åsby civilsamhällesråd, ett nätverk utan egen juridisk person.

3. Ekonomi
Kommunens föreningsbidrag, 8,2 mnkr år 2030, beslutas i egen ordning och påverkas inte av överenskommelsen.

4. Giltighet
Överenskommelsen gäller 2030-01-01 – 2033-12-31 och följs upp årligen i ett dialogforum.
`;

describe('an agreement on principles with the civil sector as a whole, committing no money, is no IOP', () => {
  test('a LÖK that mentions the kommun\'s grant budget beside it', () => {
    expect(refusal(LOCAL_AGREEMENT)).toMatch(PRINCIPLES);
  });

  test('"medför inte några ekonomiska åtaganden för parterna", civilsamhället as counterpart', () => {
    const text = LOCAL_AGREEMENT.replace('Lokal överenskommelse (LÖK) mellan Åsby kommun och den idéburna sektorn i Åsby', 'Samverkansöverenskommelse mellan Åsby kommun och civilsamhället')
      .replace('Den innehåller inga ekonomiska åtaganden och ger ingen organisation rätt till bidrag.', 'Överenskommelsen medför inte några ekonomiska åtaganden för parterna.');
    expect(refusal(text)).toMatch(PRINCIPLES);
  });

  test('"Överenskommelsen" alone, under an Ekonomi heading, with amounts in the text', () => {
    const text = LOCAL_AGREEMENT.replace('Den innehåller inga ekonomiska åtaganden och ger ingen organisation rätt till bidrag.', 'Den ska följas av alla nämnder.')
      .replace('3. Ekonomi\n', '3. Ekonomi\nÖverenskommelsen innebär inga ekonomiska åtaganden för någon part. ');
    expect(refusal(text)).toMatch(PRINCIPLES);
  });

  test('an IOP that limits the statement ("inga ytterligare … utöver") still imports', () => {
    const text = IOP_WITH_SPONSORING.replace(
      'Nämnden bidrar med 240 000 kronor per år.',
      'Nämnden bidrar med 240 000 kronor per år. Överenskommelsen innebär inga ytterligare ekonomiska åtaganden utöver detta bidrag. Partnerskapet stärker samverkan med den idéburna sektorn.',
    );
    expect(importText(text, 'x.txt').agreements).toHaveLength(1);
  });

  test('an IOP whose förening has no org number and which commits nothing "för föreningen" still imports', () => {
    const text = IOP_WITH_SPONSORING.replace('Föreningen Läxhjälpen Åsby, org.nr 802499-1122', 'Föreningen Läxhjälpen Åsby').replace(
      'Nämnden bidrar med 240 000 kronor per år.',
      'Nämnden bidrar med 240 000 kronor per år. Överenskommelsen innebär inga ekonomiska åtaganden för föreningen. Partnerskapet är en del av kommunens samverkan med civilsamhället.',
    );
    expect(importText(text, 'x.txt').agreements).toHaveLength(1);
  });

  test('an IOP whose förening has no org number and that commits nothing "utöver" its grant still imports', () => {
    const text = IOP_WITH_SPONSORING.replace('Föreningen Läxhjälpen Åsby, org.nr 802499-1122', 'Föreningen Läxhjälpen Åsby').replace(
      'Nämnden bidrar med 240 000 kronor per år.',
      'Nämnden bidrar med 240 000 kronor per år. Den innebär inga ekonomiska åtaganden utöver bidraget. Den idéburna sektorn har varit med och tagit fram den.',
    );
    expect(importText(text, 'x.txt').agreements).toHaveLength(1);
  });
});
