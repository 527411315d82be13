import { importText, toContractJson } from '../../../src/import';
import { buildSource } from '../../../src/import/text/source';
import { labelledValues } from '../../../src/import/text/labelled';
import { classifyFront } from '../../../src/import/text/outline';

/**
 * The partnership's name in documents of unusual genres: an agreement written as questions and answers, a
 * municipality's numbered checklist with a column of ticks, a title that names only the genre ("Frågor och svar …",
 * "Checklista …", "Blankett …") and a label/value line in the front matter. The documents are written for these tests.
 */
const result = (text: string, file = 'x.txt') => toContractJson(importText(text, file));
const named = (text: string, file?: string) => {
  const a = result(text, file).agreements[0];
  return { name: a.name, warned: a.warnings.filter((w) => w.field === 'name').map((w) => w.code) };
};

const PARTIES = `Mörbylånga kommun genom socialnämnden, org.nr 212000-0779, och Föreningen Grannstöd på Öland, org.nr 802455-1230, är parter.`;
const ECONOMY = `Kommunen betalar 180 000 kronor per år och föreningen bidrar med ideellt arbete värt 60 000 kronor per år.`;
const PERIOD = `Överenskommelsen gäller 2027-01-01 – 2028-12-31.`;

describe('naming words in running text or an answer', () => {
  const qa = (question: string, answer: string) =>
    `Mörbylånga kommun · Socialnämnden\n\nFrågor och svar om vårt partnerskap med föreningen\n\nDet här är själva överenskommelsen.\n\n${question}\n\n${answer}\n\nVilka är med?\n\n${PARTIES}\n\nVad kostar det?\n\n${ECONOMY}\n\nHur länge gäller det?\n\n${PERIOD}\n`;

  test.each([
    ['Vad heter samarbetet?', 'Vi kallar det Grannstöd Södra Öland.'],
    ['Vad heter partnerskapet?', 'Det heter Grannstöd Södra Öland.'],
    ['Vilket namn har samarbetet?', 'Grannstöd Södra Öland.'],
    ['Hur kallas verksamheten?', 'Parterna kallar verksamheten för Grannstöd Södra Öland.'],
  ])('%s / %s: the answer names it', (question, answer) => {
    expect(named(qa(question, answer))).toEqual({ name: 'Grannstöd Södra Öland', warned: [] });
  });

  test('an answer that gives no name is no name, and the genre title is kept only with a warning', () => {
    const r = named(qa('Vad heter samarbetet?', 'Samarbetet har inget eget namn ännu.'));
    expect(r.name).not.toMatch(/inget eget namn/);
    expect(r.warned.length).toBeGreaterThan(0);
  });

  test.each([
    ['Vi har döpt samarbetet till Grannstöd Södra Öland. Det startar i januari.'],
    ['Samarbetet kallas för Grannstöd Södra Öland.'],
    ['Parterna kallar partnerskapet Grannstöd Södra Öland, och det gäller hela kommunen.'],
  ])('prose: %s', (sentence) => {
    const text = `Överenskommelse om idéburet offentligt partnerskap\n\n${PARTIES}\n\n${sentence}\n\n${ECONOMY}\n\n${PERIOD}\n`;
    expect(named(text).name).toBe('Grannstöd Södra Öland');
  });
});

describe('a numbered checklist with a column of ticks', () => {
  const checklist = (rows: string) =>
    `# Checklista för idéburet offentligt partnerskap\n\nKommunens checklista. När alla punkter är ifyllda gäller den som överenskommelse.\n\n| Nr | Punkt | Svar | Status |\n|---|---|---|---|\n${rows}\n\n${PARTIES}\n\n${ECONOMY}\n`;

  test.each([
    ['| 1 | Partnerskapets namn | Grannstöd Södra Öland | ✔ |\n| 2 | Avtalstid | från 2027-02-01 till 2029-01-31 | ✔ |'],
    ['| 1. | Namn på partnerskapet | Grannstöd Södra Öland | Klart |\n| 2. | Avtalstid | 2027-02-01 – 2029-01-31 | Klart |'],
    ['| a) | Benämning | Grannstöd Södra Öland | [x] |\n| b) | Giltighetstid | 2027-02-01 – 2029-01-31 | OK |'],
  ])('%s: label → value, the number and the tick left out', (rows) => {
    const a = result(checklist(rows), 'x.md').agreements[0];
    expect({ name: a.name, start: a.validity.start, end: a.validity.end }).toEqual({ name: 'Grannstöd Södra Öland', start: '2027-02-01', end: '2029-01-31' });
    expect(a.warnings.filter((w) => w.field === 'name')).toEqual([]);
  });

  test('labelledValues drops a leading row number and trailing status cells only', () => {
    const doc = buildSource('3\tBenämning\tTräffpunkt Norr\t✓\nBenämning\tJa\n4\tAvtalstid\t2026\tJa\t✔');
    expect(labelledValues(doc, /^(?:benämning|avtalstid)$/i).map((v) => v.text)).toEqual(['Träffpunkt Norr', 'Ja', '2026']);
  });
});

describe('a title that names only the genre', () => {
  const front = (title: string) => `${title}\n\n${PARTIES}\n\nVerksamheten består av besök hos äldre som bor ensamma.\n\n${ECONOMY}\n\n${PERIOD}\n`;

  test.each([['Checklista IOP'], ['Blankett för idéburet offentligt partnerskap'], ['Minnesanteckningar från mötet om partnerskapet'], ['PM om samverkan med föreningen']])(
    '%s is never the name without a warning',
    (title) => {
      const r = named(front(title));
      if (r.name.startsWith(title.split(' ')[0])) expect(r.warned).toContain('AMBIGUOUS');
      else expect(r.warned.length).toBeGreaterThan(0);
    },
  );

  test('a name found elsewhere is used instead of the genre title', () => {
    expect(named(`Mall för överenskommelse\n\nPartnerskapets namn: Grannstöd Södra Öland\n\n${PARTIES}\n\n${ECONOMY}\n\n${PERIOD}\n`)).toEqual({
      name: 'Grannstöd Södra Öland',
      warned: [],
    });
  });
});

describe('a label/value line in the front matter is no title', () => {
  test.each([['Beslutsfattare: fritidskonsulent, enligt delegationsordningen'], ['Handläggning: enheten för föreningsstöd'], ['Ansvarig: socialsekreterare, 2 dagar i veckan']])(
    '%s',
    (line) => {
      expect(classifyFront(line).kind).not.toBe('title');
    },
  );

  test('a title with a capitalised subtitle after a colon is still a title', () => {
    expect(classifyFront('Grannstöd: Trygghet för äldre').kind).toBe('title');
  });

  test('the line is not taken as the name', () => {
    const r = named(`Beslut om bidrag\nBeslutsfattare: fritidskonsulent, enligt delegationsordningen\n\n${PARTIES}\n\n${ECONOMY}\n\n${PERIOD}\n`);
    expect(r.name).not.toMatch(/Beslutsfattare/);
  });
});

describe("a minutes' paragraph heading or running text is no title", () => {
  const minutes = (first: string) =>
    `MÖRBYLÅNGA KOMMUN\tPROTOKOLLSUTDRAG\nSocialnämnden\tSammanträdesdatum 2026-11-20\n\n${first}\nNämnden noterar informationen och ger förvaltningen i uppdrag att återkomma i januari med åtgärder.\n\n§ 88 Idéburet offentligt partnerskap – Grannstöd Södra Öland\n\natt ingå partnerskap med Föreningen Grannstöd på Öland, org.nr 802455-1230.\n\n${ECONOMY}\n\n${PERIOD}\n`;

  test.each([['§ 87 Budgetuppföljning oktober 2026'], ['§ 87 Information om lokalförsörjning'], ['§87 Delegationsbeslut']])('%s: the IOP paragraph names it', (first) => {
    expect(named(minutes(first)).name).toBe('Grannstöd Södra Öland');
  });

  test('a first paragraph of running text is never the name without a warning', () => {
    const r = named(
      `Kommunen och föreningen har under flera år samarbetat om stöd till äldre. Nu vill vi göra det långsiktigt och skriver därför den här överenskommelsen tillsammans.\n\n${PARTIES}\n\n${ECONOMY}\n\n${PERIOD}\n`,
    );
    expect(r.name.startsWith('Kommunen och föreningen har') ? r.warned : ['other']).not.toEqual([]);
  });
});
