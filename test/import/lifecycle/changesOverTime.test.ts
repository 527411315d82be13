import { importText, toContractJson } from '../../../src/import';

/**
 * Agreements that change over time (blind set v's theme), on small documents written for these tests: which of an
 * old and a new figure is the agreement's, an early end, a follow-up's and an amendment's titles, a replaced
 * agreement's history, and tables with one column per (split) year.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const fields = (a: { warnings: { field?: string }[] }) => a.warnings.map((w) => w.field ?? '');

const PARTIES = `Parter
Hallsbergs kommun genom socialnämnden, organisationsnummer 212000-1892.
Föreningen Ljusglimten, organisationsnummer 802455-1114.`;

describe('an amendment\'s table with the old and the new amounts', () => {
  const amendment = (header: string) =>
    agreement(
      `Tilläggsavtal nr 1\n\ntill överenskommelse om idéburet offentligt partnerskap ”Kvällsljus”\n\n${PARTIES}\n\nÄndringar\n${header}\nSamordnare\tSocialnämnden\t300 000\t360 000\nIdeellt arbete\tFöreningen Ljusglimten\t100 000\t120 000\nTotalt per år\t\t400 000\t480 000`,
    );

  test('"Hittills gällande" beside the new column: the new column', () => {
    const a = amendment('Insats\tPart\tHittills gällande, kr/år\tNytt belopp från 2030-07-01, kr/år');
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([360000, 120000]);
    expect(a.annualTotal).toBe(480000);
  });

  test('"Hittills" alone heads the old column too', () => {
    const a = amendment('Insats\tPart\tHittills, kronor per år\tFrån 2030-07-01, kronor per år');
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([360000, 120000]);
  });
});

describe('an agreement to end a partnership early', () => {
  const ending = (clauses: string) =>
    agreement(
      `Överenskommelse om förtida upphörande av idéburet offentligt partnerskap\nPartnerskapet Kvällsljus Hallsberg\n\n${PARTIES}\n\nBakgrund\nÖverenskommelsen gäller från och med 2028-01-01 till och med 2030-12-31 och kan förlängas med ytterligare två år. Socialnämnden bidrar med 500 000 kronor per år och föreningen med 200 000 kronor per år.\n\nÖverenskommelse\n${clauses}`,
    );

  test('the name from the partnership line under a title of the matter; the lapsed option is no extension', () => {
    const a = ending('Överenskommelsen upphör att gälla den 30 juni 2029. Möjligheten till förlängning bortfaller.');
    expect(a.name).toBe('Kvällsljus Hallsberg');
    expect(a.validity.extension).toBeNull();
  });

  test('"förlängningsoptionen upphör att gälla" also ends the option, a conditional one does not', () => {
    expect(ending('Förlängningsoptionen upphör att gälla.').validity.extension).toBeNull();
    expect(ending('Möjligheten till förlängning upphör om någon part säger upp avtalet.').validity.extension).toEqual({ years: 2, times: 1 });
  });

  test('the payment for the last half-year is not a yearly amount', () => {
    const a = ending('För det första halvåret 2029 betalar socialnämnden 250 000 kronor, det vill säga halva årsbeloppet.');
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([500000, 200000]);
    expect(fields(a)).toContain('contributions');
  });
});

describe('titles of documents about a partnership that changes', () => {
  const body = `${PARTIES}\n\nEkonomi\nSocialnämnden bidrar med 200 000 kr per år och föreningen med 100 000 kr per år.`;

  test('a follow-up of a named partnership for a year: the name, not the year or the memo\'s date', () => {
    const a = agreement(`Hallsbergs kommun – Socialförvaltningen\nTjänsteskrivelse 2030-02-18 · Dnr SOC 2030/45\n\nUppföljning av idéburet offentligt partnerskap Nattvandring Hallsberg,\nverksamhetsåret 2029\n\n${body}`);
    expect(a.name).toBe('Nattvandring Hallsberg');
  });

  test('an amendment numbered without "nr" over the agreement it changes', () => {
    const a = agreement(`HALLSBERGS KOMMUN\n\nTILLÄGGSAVTAL 3\ntill överenskommelse om idéburet offentligt partnerskap Läxhjälp Hallsberg\n\n${body}`);
    expect(a.name).toBe('Läxhjälp Hallsberg');
  });

  test('a heading that is a word of the association\'s name, above a title of the kind and the parties', () => {
    const a = agreement(`Kvällsbussen\n\nÖverenskommelse om idéburet offentligt partnerskap mellan Hallsbergs kommun och Föreningen Kvällsbussen Hallsberg\n\nParter\nHallsbergs kommun genom socialnämnden, organisationsnummer 212000-1892.\nFöreningen Kvällsbussen Hallsberg, organisationsnummer 802455-1114.\n\nEkonomi\nSocialnämnden bidrar med 200 000 kr per år.`);
    expect(a.name).toBe('Kvällsbussen');
  });
});

describe('an agreement that replaces an earlier one', () => {
  test('the earlier agreement\'s places and rate are history; a rate that starts in a later year still counts', () => {
    const a = agreement(
      `Överenskommelse om idéburet offentligt partnerskap\n\nKvällsljus 2029–2032\n\n${PARTIES}\n\nFörhållande till tidigare överenskommelse\nDenna överenskommelse ersätter parternas överenskommelse från 2027. Den tidigare överenskommelsen omfattade 20 platser och en uppräkning med 3 procent per år.\n\nOmfattning\nVerksamheten har 28 platser.\n\nEkonomi\nSocialnämnden bidrar med 400 000 kr per år och föreningen med 100 000 kr per år. Beloppen ligger fast det första året. Från och med den 1 augusti 2030 räknas nämndens bidrag och lokalkostnaden upp med 2 procent per år.`,
    );
    expect(a.places).toBe(28);
    expect(a.indexation?.rate).toBe(0.02);
  });

  test('"enligt det förra avtalet" is history too, a sentence naming the earlier agreement in passing is not', () => {
    const a = agreement(
      `Överenskommelse om idéburet offentligt partnerskap – Kvällsljus\n\n${PARTIES}\n\nBakgrund\nEnligt det förra avtalet hade verksamheten 15 platser. Parterna är överens om att den tidigare överenskommelsen upphör, och verksamheten har nu 22 platser.\n\nEkonomi\nSocialnämnden bidrar med 400 000 kr per år.`,
    );
    expect(a.places).toBe(22);
  });
});

describe('tables with one column per year', () => {
  test('split years under the header\'s words ("2029/30 | 2030/31"): the first year\'s column', () => {
    const a = agreement(
      `Överenskommelse om idéburet offentligt partnerskap – Kvällsljus\n\n${PARTIES}\n\nEkonomi\nAvtalsår 1 Avtalsår 2\nInsats\tPart\t\t\n\t\t2029/30\t2030/31\nBidrag\tSocialnämnden\t300 000\t307 500\nIdeellt arbete\tFöreningen Ljusglimten\t100 000\t102 500\nSumma\t\t400 000\t410 000`,
    );
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([300000, 100000]);
    expect(a.annualTotal).toBe(400000);
  });

  test('a plain-text Summa row without its Part cell: the first year\'s total', () => {
    const a = agreement(
      `Överenskommelse om idéburet offentligt partnerskap – Kvällsljus\n\n${PARTIES}\n\nEkonomi\n\nPost                 Part                 2029      2030\n------------------------------------------------------------\nSamordnare           Socialnämnden     300 000   340 000\nIdeellt arbete       Föreningen        100 000   120 000\n------------------------------------------------------------\nSumma                                  400 000   460 000`,
    );
    expect(a.annualTotal).toBe(400000);
    expect(fields(a)).not.toContain('annualTotal');
  });
});
