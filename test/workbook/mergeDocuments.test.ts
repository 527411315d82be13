import { readdirSync } from 'fs';
import { join } from 'path';
import type { Agreement } from '../../src/domain/agreement';
import { importFile } from '../../src/import/node';
import { FoundAgreement, FoundImported, groupSameAgreement, mergeImported, mergeSameAgreement } from '../../src/workbook/mergeDocuments';
import { sameOrganisation, sameOrganisationName } from '../../src/domain/organisations';
import { hoppfullFramtid, inkludering } from '../fixtures/workbook/agreements';

const SEEDS = join(__dirname, '../fixtures/seeds');

async function seedDocuments(): Promise<FoundAgreement[]> {
  const found: FoundAgreement[] = [];
  for (const file of readdirSync(SEEDS).sort()) {
    const result = await importFile(join(SEEDS, file));
    for (const a of result.agreements) {
      const { warnings: _w, provenance: _p, ...agreement } = a;
      found.push({ agreement, kind: result.documentKind, source: file });
    }
  }
  return found;
}

describe('merging the seeds’ documents', () => {
  it('gives seed 004’s five partnerships and seed 000 on its own; the IKF decision memo joins its overview row', async () => {
    const found = await seedDocuments();
    const notes: string[] = [];
    const merged = mergeSameAgreement(found, notes);
    expect(merged.map((a) => a.name)).toEqual([
      'IOP Östergötlands Stadsmission',
      'Hoppfull framtid',
      'Inkludering på lika villkor',
      'Bro-modellen',
      'Vi Ses!',
      'Kompletterande språkträning',
    ]);

    // 001 (agreement), 002 (its decision memo) and 004's row share the name; 000 is another agreement document
    // (2024–2025) of the same organisation number and stays its own partnership.
    const hoppfull = merged[1];
    expect(hoppfull.validity).toMatchObject({ start: '2018-01-01', end: '2019-12-31', extendedEnd: '2023-12-31' });
    expect(hoppfull.places).toBe(40);
    expect(merged[0].validity).toMatchObject({ start: '2024-01-01', end: '2025-12-31' });

    // 003 (decision memo, from 2021) and 004's row "Inkludering på lika villkor" (ends 2022): one partnership.
    const ikf = merged[2];
    expect(ikf.annualTotal).toBe(454_000);
    expect(ikf.contributions).toEqual([
      { party: 'Linköpings kommun', annualAmount: 230_000 },
      { party: 'Internationella Kvinnoföreningen', annualAmount: 224_000 },
    ]);
    expect(ikf.parties.filter((p) => p.sector === 'civil').map((p) => p.name)).toEqual(['Internationella Kvinnoföreningen']);
    expect(ikf.validity).toMatchObject({ start: '2021-01-01', end: '2022-12-31' });
    expect(ikf.indexation).toEqual({ rate: 0.02, baseYear: 2021, stepMonth: 1 });
    expect(ikf.followUp?.meetingsPerYear).toBe(2);
    // The memo's cost items add up to its own 664 800 kr, not to the overview's amounts.
    expect(ikf.costItems).toEqual([]);
    expect(notes).toContainEqual(expect.stringMatching(/^Inkludering på lika villkor: beslutsunderlaget "Internationella Kvinnoföreningen i Linköping" gäller samma partnerskap/));
    const conflict = notes.find((n) => n.startsWith('Inkludering på lika villkor: nämndens översikt och beslutsunderlaget anger olika uppgifter'));
    expect(conflict).toMatch(/värde per år 454\s000 kr mot 664\s800 kr/);
    expect(conflict).toMatch(/Linköpings kommun 230\s000 kr mot 339\s200 kr/);
    expect(conflict).toMatch(/översiktens uppgifter används och beslutsunderlagets kostnadsposter, som hör till dess värde, tas inte med\.$/);
  });
});

const LK = hoppfullFramtid.parties[0];
const civil = (name: string, orgNumber: string | null = null) => ({ name, orgNumber, sector: 'civil' as const, unit: null });

/** A decision memo about the IKF partnership under a title of its own, from 2021, no end stated. */
const memo: Agreement = {
  ...inkludering,
  name: 'Idéburet offentligt partnerskap med föreningen',
  validity: { start: '2021-01-01', end: null, extension: null },
};
/** The committee's overview row: another name, the party without its town, other amounts, an end. */
const row: Agreement = {
  ...inkludering,
  name: 'Inkludering på lika villkor',
  parties: [LK, civil('Internationella Kvinnoföreningen')],
  validity: { start: null, end: '2022-12-31', extension: null },
  costItems: [],
  contributions: [
    { party: 'Linköpings kommun', annualAmount: 230_000 },
    { party: 'Internationella Kvinnoföreningen', annualAmount: 224_000 },
  ],
  annualTotal: 454_000,
  indexation: null,
};
const found = (agreement: Agreement, kind: FoundAgreement['kind'], source: string): FoundAgreement => ({ agreement, kind, source });

describe('documents of different names about one partnership', () => {
  it('joins a decision memo and an overview row of the same civil party, committee and period; the overview wins on the figures', () => {
    const notes: string[] = [];
    const [one, ...rest] = mergeSameAgreement([found(memo, 'decision', 'memo.md'), found(row, 'overview', 'oversikt.txt')], notes);
    expect(rest).toEqual([]);
    expect(one.name).toBe('Inkludering på lika villkor');
    expect([one.annualTotal, one.validity.start, one.validity.end]).toEqual([454_000, '2021-01-01', '2022-12-31']);
    expect(one.indexation).toEqual(memo.indexation);
    expect(one.parties.map((p) => p.name)).toEqual(['Linköpings kommun', 'Internationella Kvinnoföreningen']);
    expect(notes).toHaveLength(2);
    expect(notes[1]).toMatch(/värde per år 454\s000 kr mot 664\s800 kr/);
  });

  it('keeps the agreement document’s values over an overview row of another name, and says what differed', () => {
    const agreement: Agreement = { ...inkludering, name: 'Överenskommelse om IOP med föreningen' };
    const notes: string[] = [];
    const merged = mergeSameAgreement([found(row, 'overview', 'oversikt.txt'), found(agreement, 'agreement', 'avtal.docx')], notes);
    expect(merged).toHaveLength(1);
    expect(merged[0].name).toBe('Överenskommelse om IOP med föreningen');
    expect(merged[0].annualTotal).toBe(664_800);
    expect(merged[0].costItems).toEqual(inkludering.costItems);
    // The overview's amounts are not taken: the agreement's cost items are its amounts.
    expect(merged[0].contributions).toEqual([]);
    expect(merged[0].parties.filter((p) => p.sector === 'civil')).toHaveLength(1);
    expect(notes).toContainEqual(expect.stringMatching(/^Överenskommelse om IOP med föreningen: överenskommelsen och nämndens översikt anger olika uppgifter \(värde per år 664\s800 kr mot 454\s000 kr\); överenskommelsens uppgifter används\.$/));
  });

  it('never joins two agreement documents, even of the same party, committee and period', () => {
    const other: Agreement = { ...inkludering, name: 'Ett annat avtal med föreningen' };
    expect(mergeSameAgreement([found(inkludering, 'agreement', 'a.docx'), found(other, 'agreement', 'b.docx')])).toHaveLength(2);
  });

  it('does not join when the periods do not overlap: an earlier partnership with the same party is another one', () => {
    const earlier: Agreement = { ...row, validity: { start: null, end: '2020-12-31', extension: null } };
    expect(mergeSameAgreement([found(memo, 'decision', 'memo.md'), found(earlier, 'overview', 'oversikt.txt')])).toHaveLength(2);
  });

  it('does not join when the committee differs', () => {
    const social: Agreement = { ...row, parties: [{ ...LK, unit: 'Socialnämnden' }, row.parties[1]] };
    expect(mergeSameAgreement([found(memo, 'decision', 'memo.md'), found(social, 'overview', 'oversikt.txt')])).toHaveLength(2);
  });

  it('does not join when neither document states a date, or the civil parties differ', () => {
    const undated: Agreement = { ...row, validity: { start: null, end: null, extension: null } };
    expect(mergeSameAgreement([found(memo, 'decision', 'memo.md'), found(undated, 'overview', 'oversikt.txt')])).toHaveLength(2);
    const two: Agreement = { ...row, parties: [...row.parties, civil('Röda Korset')] };
    expect(mergeSameAgreement([found(memo, 'decision', 'memo.md'), found(two, 'overview', 'oversikt.txt')])).toHaveLength(2);
  });

  it('does not join two rows of one document, nor a memo that two rows would fit equally', () => {
    const second: Agreement = { ...row, name: 'Språkpraktik' };
    expect(groupSameAgreement([found(row, 'overview', 'oversikt.txt'), found(second, 'overview', 'oversikt.txt')])).toEqual([[0], [1]]);
    expect(groupSameAgreement([found(memo, 'decision', 'memo.md'), found(row, 'overview', 'oversikt.txt'), found(second, 'overview', 'oversikt.txt')])).toEqual([[0], [1], [2]]);
  });

  it('matches the civil party by organisation number when both state one, else by name with or without its town', () => {
    const numbered = (name: string, orgNumber: string) => ({ ...row, parties: [LK, civil(name, orgNumber)], contributions: [] });
    const renamed = numbered('Föreningen Nytt Namn', '802001-0016');
    const sameNumberMemo: Agreement = { ...memo, parties: [LK, civil('Föreningen Gammalt Namn', '802001-0016')] };
    expect(mergeSameAgreement([found(sameNumberMemo, 'decision', 'memo.md'), found(renamed, 'overview', 'oversikt.txt')])).toHaveLength(1);
    const otherNumber = numbered('Internationella Kvinnoföreningen', '802002-0015');
    const memoNumbered: Agreement = { ...memo, parties: [LK, civil('Internationella Kvinnoföreningen i Linköping', '802001-0016')] };
    expect(mergeSameAgreement([found(memoNumbered, 'decision', 'memo.md'), found(otherNumber, 'overview', 'oversikt.txt')])).toHaveLength(2);

    expect(sameOrganisationName('Internationella Kvinnoföreningen', 'Internationella Kvinnoföreningen i Linköping')).toBe(true);
    expect(sameOrganisationName('Röda Korset', 'Röda Korsets Ungdomsförbund')).toBe(false);
    expect(sameOrganisation(civil('Linköpings Stadsmission', '822001-0022'), civil('Östergötlands Stadsmission', '822001-0022'))).toBe(true);
  });
});

describe('the pane’s previews for several files', () => {
  it('shows one preview per partnership, with the warnings of the values it shows and the merge’s own lines first', async () => {
    const found: FoundImported[] = [];
    for (const file of readdirSync(SEEDS).sort()) {
      const result = await importFile(join(SEEDS, file));
      for (const agreement of result.agreements) found.push({ agreement, kind: result.documentKind, source: file });
    }
    const previews = mergeImported(found);
    // The same partnerships as the CLI's merge, in the same order.
    expect(previews.map((p) => p.agreement.name)).toEqual(mergeSameAgreement(await seedDocuments()).map((a) => a.name));
    const ikf = previews.find((p) => p.agreement.name === 'Inkludering på lika villkor')!;
    expect(ikf.members.map((m) => found[m].source)).toEqual(['004.txt', '003.md']);
    const messages = ikf.agreement.warnings.map((w) => w.message);
    expect(messages[0]).toMatch(/^Inkludering på lika villkor: beslutsunderlaget ".*" gäller samma partnerskap/);
    expect(messages[1]).toMatch(/^Inkludering på lika villkor: nämndens översikt och beslutsunderlaget anger olika uppgifter/);
    // 003 states no end and 004 no start: each is given by the other, so neither warning remains.
    expect(ikf.agreement.warnings.filter((w) => w.field === 'validity.end' || w.field === 'validity.start')).toEqual([]);
    // 003 states its capacity ("60 deltagare i taget") and 004 no places: 003's number fills it, and no warning remains.
    expect(ikf.agreement.places).toBe(60);
    expect(ikf.agreement.warnings.filter((w) => w.field === 'places')).toEqual([]);
    // The start's source text is 003's, the end's 004's.
    const snippet = (field: string) => ikf.agreement.provenance!.find((p) => p.field === field)?.snippet ?? '';
    expect(snippet('validity.start')).toMatch(/1 januari 2021/);
    expect(snippet('validity.end')).toMatch(/22\.12\.31/);
    // A file's own agreement that nothing joined is shown as it was read.
    const alone = previews.find((p) => p.agreement.name === 'Bro-modellen')!;
    expect(alone.agreement).toBe(found[alone.members[0]].agreement);
  });
});

describe('three documents of three names', () => {
  it('joins an agreement, its decision memo and its overview row; the agreement wins, then the overview', () => {
    const agreement: Agreement = { ...inkludering, name: 'Överenskommelse om IOP med föreningen', validity: { start: '2021-01-01', end: '2022-12-31', extension: null }, places: null };
    const withPlaces: Agreement = { ...row, places: 60 };
    const notes: string[] = [];
    const merged = mergeSameAgreement([found(memo, 'decision', 'memo.md'), found(withPlaces, 'overview', 'oversikt.txt'), found(agreement, 'agreement', 'avtal.docx')], notes);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ name: 'Överenskommelse om IOP med föreningen', annualTotal: 664_800, places: 60 });
    expect(notes.filter((n) => /gäller samma partnerskap/.test(n))).toHaveLength(2);
  });

  it('keeps an agreement and two overview rows of one document apart when the rows fit it equally', () => {
    const second: Agreement = { ...row, name: 'Språkpraktik' };
    const agreement: Agreement = { ...inkludering, name: 'Överenskommelse om IOP med föreningen' };
    expect(groupSameAgreement([found(agreement, 'agreement', 'avtal.docx'), found(row, 'overview', 'oversikt.txt'), found(second, 'overview', 'oversikt.txt')])).toEqual([[0], [1], [2]]);
  });
});
