import { importText, toContractJson } from '../../../src/import';

/**
 * Who the parties are when the public party is a kommunalförbund and the civil party a local branch or an ekonomisk
 * förening, and the partnership's name stands only in a clause (src/import/fields/parties.ts: PUBLIC_NAME, aliasesOf,
 * attachOrgNumbers, NAME_WORDS, PARTNERSHIP_WITH; text/outline.ts ORGANISATION; fields/name.ts QUOTED, DEFINED).
 * The documents are written here.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.txt'));
type Agreement = ReturnType<typeof imported>['agreements'][number];
const amounts = (a: Agreement) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const federationMinutes = (head = 'ÅSBYGDENS KOMMUNALFÖRBUND') => `${head}\tPROTOKOLL

Direktionen\tSammanträdesdatum 2029-03-14

§ 12 Idéburet offentligt partnerskap om dagverksamhet

Direktionen beslutar

1. att ingå partnerskapet Dagträffen Åsbygden med Minnesvännerna Åsbygden enligt förvaltningens förslag,

2. att förbundets bidrag ska vara 0,9 mnkr per år.

Ärendet

Åsbygdens kommunalförbund, organisationsnummer 222000-1891, utför äldreomsorg åt tre medlemskommuner, som inte är parter.

Minnesvännerna Åsbygden är en lokalförening inom Riksförbundet Minnesvännerna (org.nr 802011-4628). Lokalföreningen är en egen juridisk person med organisationsnummer 802613-9462.

Förbundets bidrag är 0,9 mnkr per år. Lokalföreningen bidrar med egna medel om 100 000 kronor per år. Partnerskapets sammanlagda värde uppgår till 1,0 mnkr per år.

Överenskommelsen gäller 2029-05-01–2031-04-30.
`;

describe('a kommunalförbund as the public party', () => {
  it('is the public party by its letterhead, named in running case, and "förbundets bidrag" is its', () => {
    const r = imported(federationMinutes());
    // "Direktionen beslutar … att ingå": the board of a kommunalförbund decides, as a nämnd does.
    expect(r.documentKind).toBe('decision');
    const [a] = r.agreements;
    const publicParty = a.parties.find((p) => p.sector === 'public');
    expect(publicParty).toMatchObject({ name: 'Åsbygdens kommunalförbund', orgNumber: '222000-1891' });
    expect(amounts(a)).toEqual({ 'Åsbygdens kommunalförbund': 900_000, 'Minnesvännerna Åsbygden': 100_000 });
    expect(a.annualTotal).toBe(1_000_000);
  });

  it('gives the local branch its own number, not the riksförbund’s named in the sentence before', () => {
    const [a] = imported(federationMinutes()).agreements;
    const civil = a.parties.filter((p) => p.sector === 'civil');
    expect(civil.map((p) => [p.name, p.orgNumber])).toEqual([['Minnesvännerna Åsbygden', '802613-9462']]);
  });
});

describe('a decision whose clause names the partnership in quotes and an ekonomisk förening', () => {
  const memo = (clause: string) => `HAGBY KOMMUN\tTJÄNSTESKRIVELSE

Arbetsmarknadsnämnden

Idéburet offentligt partnerskap om arbetsträning

Förslag till beslut

Arbetsmarknadsnämnden föreslås besluta

${clause}

Ärendet

Hagby Återbruk ekonomisk förening (org.nr 769652-9184) driver en second hand-butik. Nämndens bidrag är 500 000 kronor per år. Partnerskapet gäller 2029-01-01–2030-12-31.

Hagby kommun · Org.nr 212000-1355
`;

  it('reads the quoted name after a comma, even wrapped, and the förening with its legal form', () => {
    const [a] = imported(memo('att ingå en överenskommelse om idéburet offentligt partnerskap, "Återbruket\nHagby", med Hagby Återbruk ekonomisk förening enligt bilaga 1.')).agreements;
    expect(a.name).toBe('Återbruket Hagby');
    expect(a.parties.filter((p) => p.sector === 'civil').map((p) => [p.name, p.orgNumber])).toEqual([['Hagby Återbruk ekonomisk förening', '769652-9184']]);
  });
});

describe('a name given by "benämns" in a clause about the collaboration', () => {
  it('reads "Samverkan enligt denna överenskommelse benämns X."', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap mellan Hagby kommun och Föreningen Vävstugan

Parter: Hagby kommun genom kulturnämnden (org.nr 212000-1355) och Föreningen Vävstugan (org.nr 802584-6190).

Samverkan enligt denna överenskommelse benämns Mötesplats Vävstugan. Syftet är att bryta ensamhet bland äldre.

Kommunen bidrar med 200 000 kronor per år. Överenskommelsen gäller 2029-01-01–2029-12-31.
`;
    expect(imported(text).agreements[0].name).toBe('Mötesplats Vävstugan');
  });
});
