import { readFileSync } from 'fs';
import { join } from 'path';
import { importText, toContractJson } from '../../src/import';
import { extractFollowUp, extractNoticeMonths } from '../../src/import/fields/followUp';
import { buildSource } from '../../src/import/text/source';

const seed = (name: string) => readFileSync(join(__dirname, '../fixtures/seeds', name), 'utf8');
const read = (text: string) => extractFollowUp(buildSource(text));
const values = (text: string) => read(text).value;
const codes = (text: string) => read(text).warnings.map((w) => `${w.code}:${w.field}`);

describe('meetings per year, in the ways agreements write them', () => {
  test.each([
    ['Representanterna träffas med regelbundenhet med minst 2 gånger per år i syfte att följa upp partnerskapet.', 2],
    ['Kommunen och föreningen ska gemensamt minst en gång per år träffas för att följa upp arbetet.', 1],
    ['Uppföljning sker genom återkommande dialogmöten, som sker minst två gånger per kalenderår.', 2],
    ['Parterna träffas minst en gång per termin för att följa upp verksamheten.', 2],
    ['Parterna träffas minst två gånger per termin.', 4],
    ['En styrgrupp med en representant från varje part träffas varje kvartal.', 4],
    ['Parterna träffas minst en gång per kvartal.', 4],
    ['En gemensam ledningsgrupp följer verksamheten och träffas varannan månad.', 6],
    ['En arbetsgrupp med handläggare och yrkescoacher träffas varje månad.', 12],
    ['Ett gemensamt dialogmöte hålls i slutet av varje termin.', 2],
    ['En styrgrupp med en företrädare för varje part och två medlemmar från klubbhuset träffas fyra gånger per år.', 4],
    ['Parterna träffas minst två gånger per år, varav en gång i samband med säsongsstarten.', 2],
  ])('"%s" → %i', (text, n) => {
    expect(values(`Uppföljning\n\n${text}`)?.meetingsPerYear).toBe(n);
  });

  test('the activity itself is not a follow-up meeting', () => {
    expect(values('Verksamhet\n\nDeltagarna träffas två gånger i veckan i gruppaktiviteter.')).toBeNull();
  });

  test('one sentence with a meeting and a report gives each its own frequency', () => {
    const v = values('Uppföljning\n\nVerksamheten följs upp genom dialogmöten två gånger per termin och en årlig skriftlig redovisning från föreningen.');
    expect(v).toEqual({ meetingsPerYear: 4, reportsPerYear: 1, reportDue: null, extensionDecisionMonths: null });
  });

  test('two different frequencies are both named in a warning', () => {
    const text = 'Uppföljning\n\nStyrgruppen träffas två gånger per år. En arbetsgrupp träffas varje månad.';
    expect(values(text)?.meetingsPerYear).toBe(2);
    expect(read(text).warnings[0].message).toMatch(/2 gånger per år, 12 gånger per år/);
  });
});

describe('written reports and their due day', () => {
  test.each([
    ['Föreningen åtar sig att en gång per år skriftligen rapportera arbetet till arbetsmarknadsnämnden.', 1, null],
    ['Föreningen lämnar en skriftlig årsrapport till nämnden senast den 15 februari året efter.', 1, '02-15'],
    ['Föreningen lämnar senast den 31 januari varje år en skriftlig redovisning av antal deltagare.', 1, '01-31'],
    ['Jouren lämnar en verksamhetsberättelse och en ekonomisk redovisning senast den 31 mars året efter verksamhetsåret.', 1, '03-31'],
    ['Föreningen redovisar antal deltagare och närvaro varje kvartal till båda nämnderna.', 4, null],
    ['Föreningen lämnar en skriftlig redovisning efter varje kalenderår.', 1, null],
  ])('"%s"', (text, reports, due) => {
    const v = values(`Uppföljning\n\n${text}`);
    expect([v?.reportsPerYear, v?.reportDue]).toEqual([reports, due]);
    expect(codes(`Uppföljning\n\n${text}`)).toEqual([]);
  });

  test('a report without a frequency is a question, never a guess', () => {
    const text = 'Uppföljning\n\nFöreningen lämnar en skriftlig redovisning av antal deltagare och närvaro.';
    expect(values(text)).toBeNull();
    expect(codes(text)).toEqual(['AMBIGUOUS:followUp.reportsPerYear']);
  });

  test('a month without a day is its last day, said so', () => {
    const text = 'Uppföljning\n\nUppföljningen redovisas för socialnämnden senast i juni.';
    expect(values(text)).toMatchObject({ reportsPerYear: 1, reportDue: '06-30' });
    expect(codes(text)).toEqual(['INFERRED:followUp.reportsPerYear', 'INFERRED:followUp.reportDue']);
  });

  test('amounts "redovisas i bilaga" or "i 2025 års nivå" are no report', () => {
    expect(values('Ekonomi\n\nParternas insatser redovisas i bilaga 1. Insatserna redovisas i 2025 års nivå.')).toBeNull();
  });
});

describe('extension decision and notice', () => {
  test.each([
    ['Fråga om förlängning ska tas upp senast sex månader före avtalstidens slut.', 6],
    ['Beslut om förlängning ska fattas senast sex månader före avtalsperiodens slut.', 6],
    ['Överenskommelsen kan därefter förlängas två gånger om vardera ett år, om parterna är överens om det senast sex månader innan avtalstiden löper ut.', 6],
  ])('"%s" → decision %i months before the end', (text, n) => {
    expect(values(`Giltighet\n\n${text}`)?.extensionDecisionMonths).toBe(n);
  });

  test.each([
    ['Var och en av parterna kan säga upp överenskommelsen med sex månaders uppsägningstid.', 6],
    ['Överenskommelsen gäller tills vidare med tre månaders ömsesidig uppsägningstid.', 3],
    ['Därefter förlängs överenskommelsen med ett år i taget om den inte sägs upp av någon av parterna senast nio månader före avtalstidens utgång.', 9],
  ])('"%s" → notice %i months', (text, n) => {
    const doc = buildSource(`Giltighet\n\n${text}`);
    expect(extractNoticeMonths(doc).value).toBe(n);
    expect(extractFollowUp(doc).value?.extensionDecisionMonths ?? null).toBeNull();
  });
});

describe('the seeds, end to end through the importer', () => {
  test('seed 000: meetings twice a year and one written report, with provenance', () => {
    const [a] = importText(seed('000.txt'), '000.txt').agreements;
    expect(a.followUp).toEqual({ meetingsPerYear: 2, reportsPerYear: 1, reportDue: null, extensionDecisionMonths: null });
    const where = a.provenance!.filter((p) => p.field.startsWith('followUp.'));
    expect(where.map((p) => p.field)).toEqual(['followUp.meetingsPerYear', 'followUp.reportsPerYear']);
    expect(where[0].snippet).toContain('minst 2 gånger per år');
    expect(where[1].snippet).toContain('en gång per år skriftligen rapportera');
  });

  test('the decision memo of seed 003 gives its dialogue meetings', () => {
    expect(importText(seed('003.md'), '003.md').agreements[0].followUp).toMatchObject({ meetingsPerYear: 2 });
  });

  test('the JSON contract carries followUp and noticeMonths only when stated', () => {
    const text = [
      'Överenskommelse om idéburet offentligt partnerskap',
      '',
      'Parter',
      '',
      '- Exempelby kommun genom socialnämnden, org.nr 212000-0142',
      '- Föreningen Exempel, org.nr 802471-3060',
      '',
      'Giltighet',
      '',
      'Överenskommelsen gäller från och med 2025-01-01 till och med 2026-12-31. Var och en av parterna kan säga upp överenskommelsen med sex månaders uppsägningstid.',
    ].join('\n');
    const [a] = toContractJson(importText(text, 'x.txt')).agreements;
    expect(a.validity).toEqual({ start: '2025-01-01', end: '2026-12-31', extension: null, noticeMonths: 6 });
    expect('followUp' in a).toBe(false);
    const [b] = toContractJson(importText(seed('002.md'), '002.md')).agreements;
    expect(Object.keys(b.validity)).toEqual(['start', 'end', 'extension']);
  });
});
