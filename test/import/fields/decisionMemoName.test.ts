import { importText, toContractJson } from '../../../src/import';
import { classifyFront } from '../../../src/import/text/outline';

/**
 * The partnership's name in a decision memo's front matter (src/import/text/outline.ts): a title that names the
 * activity's kind before its own name ("… om stödboendet X", "avseende projektet Y"), and the memo's own headings
 * ("Förvaltningens förslag till beslut", "Sammanträde 2027-03-02") that are never the name. Memos written here.
 */
const memo = (title: string) => `BROBY KOMMUN    Socialförvaltningen    Tjänsteutlåtande

Socialförvaltningen\tTjänsteutlåtande
Avdelningen för stöd\tDnr SN 2027/0101
Handläggare: Eva Ek\tSida 1 (3)

Till socialnämnden
Sammanträde 2027-03-02

${title}

Förvaltningens förslag till beslut

Socialnämnden ingår ett idéburet offentligt partnerskap med Föreningen Bryggan i Broby, organisationsnummer 802011-4578, för perioden 2027-04-01 – 2029-03-31.

Sammanfattning

Nämnden bidrar med 400 000 kronor per år och föreningen med ideellt arbete värt 150 000 kronor per år.
`;
const nameOf = (title: string) => toContractJson(importText(memo(title), 'x.txt')).agreements[0];

describe('the name in a decision memo whose title names the activity by its kind first', () => {
  test.each([
    ['Idéburet offentligt partnerskap med Föreningen Bryggan i Broby om mötesplatsen Kajen Broby', 'Kajen Broby'],
    ['Idéburet offentligt partnerskap avseende projektet Unga Ledare', 'Unga Ledare'],
    ['Överenskommelse om idéburet offentligt partnerskap för träffpunkten Solrosen', 'Solrosen'],
    ['IOP med Föreningen Bryggan i Broby om stödboendet ”Steget”', 'Steget'],
  ])('%s', (title, name) => {
    const a = nameOf(title);
    expect(a.name).toBe(name);
    expect(a.warnings.filter((w: { field?: string }) => w.field === 'name')).toEqual([]);
  });

  test('the memo\'s own headings are never the name', () => {
    const a = nameOf('Idéburet offentligt partnerskap med Föreningen Bryggan i Broby');
    expect(a.name).not.toMatch(/förslag|Sammanträde/i);
  });
});

describe('front lines of a memo', () => {
  test.each([
    ['Förvaltningens förslag till beslut', 'text'],
    ['Kommunstyrelsens förslag till kommunfullmäktiges beslut', 'text'],
    ['Förslag till socialnämndens beslut', 'text'],
    ['Sammanträde 2027-03-02', 'admin'],
  ])('%s is %s', (line, kind) => {
    expect(classifyFront(line).kind).toBe(kind);
  });

  test('a description with no own name after it is no name: "… för öppen ungdomsverksamhet i Broby"', () => {
    expect(classifyFront('Idéburet offentligt partnerskap för öppen ungdomsverksamhet i Broby').kind).not.toBe('kindName');
  });
});
