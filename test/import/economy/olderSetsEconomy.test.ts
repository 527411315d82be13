import { importText, toContractJson } from '../../../src/import';
import { refusal } from '../refusal';

/**
 * Older blind sets' economy misses, as rules (issue 19): a decision's att-clause broken before its amount is one
 * sentence; a valued room beside a grant is added, not a second reading; a monthly amount restated per year counts
 * once; hours per weekend times the weekends; a PDF row whose cells ran together; "Stiftelsen" in a Part column among
 * two non-profits; a label that opens with its party's role word; an alias after a party's address ("nedan X."); money
 * paid on ("betalar vidare") is inside the amount it came from. Documents of our own, not the blind sets'.
 */
const read = (text: string) => toContractJson(importText(`${text}\n`, 'x.txt')).agreements[0];
const shares = (a: { contributions: { party: string; annualAmount: number }[] }) => a.contributions.map((c) => [c.party, c.annualAmount]);
const amounts = (a: { costItems: { party: string; annualAmount: number }[] }) => a.costItems.map((c) => [c.party, c.annualAmount]);

const decision = [
    'KARLBYS KOMMUN     PROTOKOLL     Socialnämnden   2028-03-10',
    '',
    '§ 12 Idéburet offentligt partnerskap med Föreningen Trädgårdsvänner om Odlingslotten',
    '',
    'Beslut',
    '',
    'Socialnämnden beslutar',
    '',
    '1. att ingå IOP-avtal med Föreningen Trädgårdsvänner, org.nr 802489-7079, om Odlingslotten',
    'Karlby för perioden 2028-05-01 – 2030-04-30, med ett verksamhetsbidrag om 150 000 kr per år,',
    'och att därutöver upplåta växthuset vid Karlbygården, samt',
    '',
    '2. att uppdra åt förvaltningen att teckna avtalet.',
    '',
    'Ärendet',
    '',
    'Föreningen Trädgårdsvänner driver odling för äldre. Enligt förslaget lämnar nämnden ett',
    'verksamhetsbidrag om 150 000 kr per år och upplåter växthuset vid Karlbygården, värderat till',
    '42 000 kr per år. Föreningen bidrar med 600 ideella timmar per år, värderade till 200 kr per',
    'timme, och med egna medel om 15 000 kr per år. Partnerskapets samlade värde beräknas till',
    '327 000 kr per år.',
    '',
    'Justeras 2028-03-14',
  ].join('\n');

test('a decision\'s att-clause broken before its amount is prose; a valued room beside the grant is added', () => {
  const a = read(decision);
  expect(shares(a)).toEqual([
    ['Karlbys kommun', 192000],
    ['Föreningen Trädgårdsvänner', 135000],
  ]);
  expect(a.annualTotal).toBe(327000);
  expect(a.warnings.filter((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions')).toEqual([]);
});

test('the clause broken after a name in capitals, with the room valued in the next sentence of its own', () => {
  const a = read(decision.replace('värderat till\n42 000 kr per år.', 'värderat\ntill 42 000 kr per år.'));
  expect(shares(a)[0]).toEqual(['Karlbys kommun', 192000]);
});

const weekends = [
    'Överenskommelse om idéburet offentligt partnerskap – Kvällsöppet Ekdalen',
    '',
    '§ 1 Parter',
    '',
    'Ekdals kommun, genom fritidsnämnden, org.nr 212000-4532',
    'Ungdomsföreningen Ekdalens Unga, org.nr 802489-7079',
    '',
    '§ 5 Ekonomi',
    '',
    'Nämnden lämnar ett verksamhetsbidrag om 20 000 kr per månad, det vill säga 240 000 kr per år. Föreningens ideella ledare bidrar med 12 timmar per helg under 30 helger, värderat till 200 kr per timme, och föreningen tillför egna medel om 10 000 kr per år.',
    '',
    '§ 6 Giltighetstid',
    '',
    'Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.',
  ].join('\n');

test('a monthly amount restated per year ("det vill säga") counts once; hours per weekend × weekends × rate', () => {
  const a = read(weekends);
  expect(shares(a)).toEqual([
    ['Ekdals kommun', 240000],
    ['Ungdomsföreningen Ekdalens Unga', 82000],
  ]);
});

test('"dvs." restates too; hours per evening over evenings', () => {
  const a = read(weekends.replace('det vill säga', 'dvs.').replace('12 timmar per helg under 30 helger', '8 timmar per kväll under 45 kvällar'));
  expect(shares(a)).toEqual([
    ['Ekdals kommun', 240000],
    ['Ungdomsföreningen Ekdalens Unga', 82000],
  ]);
});

test('hours per week over weekends are not multiplied (the units differ)', () => {
  const a = read(weekends.replace('12 timmar per helg under 30 helger', '12 timmar per vecka under 30 helger'));
  expect(shares(a)[1]).not.toEqual(['Ungdomsföreningen Ekdalens Unga', 82000]);
});

const runTogether = [
    'Överenskommelse om idéburet offentligt partnerskap – Läxhjälp Björkby',
    '',
    '§ 1 Parter',
    '',
    'Björkby stad, genom stadsdelsnämnden Väster, org.nr 212000-4532',
    'Stiftelsen Läsglädje, org.nr 802489-7079',
    'Kvinnoföreningen Linnea, org.nr 802124-8102',
    '',
    '§ 5 Ekonomi',
    '',
    'Insats\tPart\tKronor per år',
    'Verksamhetsbidrag\tNämnden\t400 000',
    'Lokal Storgatan 5, 120 kvm, värderad internhyra Nämnden 150 000',
    'Samordnare 0,5 årsarbetare\tStiftelsen\t300 000',
    'Ideellt arbete, 500 timmar à 200 kr\tStiftelsen\t100 000',
    'Ideellt arbete, 300 timmar à 200 kr\tLinnea\t60 000',
    'Summa\t\t1 010 000',
    '',
    '§ 6 Giltighetstid',
    '',
    'Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.',
  ].join('\n');

test('a row whose cells ran together is read by its trailing figure and the party before it; "Stiftelsen" names the one foundation', () => {
  const a = read(runTogether);
  expect(amounts(a)).toEqual([
    ['Björkby stad', 400000],
    ['Björkby stad', 150000],
    ['Stiftelsen Läsglädje', 300000],
    ['Stiftelsen Läsglädje', 100000],
    ['Kvinnoföreningen Linnea', 60000],
  ]);
});

test('a run-together row with no party before its figure is no row', () => {
  const a = read(runTogether.replace('värderad internhyra Nämnden 150 000', 'värderad internhyra 150 000'));
  expect(amounts(a)).not.toContainEqual(['Stiftelsen Läsglädje', 150000]);
  expect(amounts(a)).not.toContainEqual(['Björkby stad', 150000]);
});

const aliases = [
    'Överenskommelse om idéburet offentligt partnerskap – Matbordet Åby',
    '',
    '§ 1 Parter',
    '',
    'Åby kommun (org.nr 212000-4532), genom socialnämnden, nedan nämnden.',
    '',
    'Matcentralen Åby ekonomisk förening (org.nr 802489-7079), Hamnvägen 3, 415 05 Åby, nedan Matcentralen.',
    '',
    'Föreningen Åbyns Grannar (org.nr 802124-8102), Brinkvägen 22, 415 60 Åby, nedan Grannföreningen.',
    '',
    '§ 5 Ekonomi',
    '',
    'Part\tInsats\tKronor per år',
    'Nämnden\tVerksamhetsbidrag\t500 000',
    'Matcentralen\tPersonal\t400 000',
    'Grannföreningen\tIdeellt arbete, 400 timmar à 200 kr\t80 000',
    'Grannföreningen\tLokal för utdelning\t20 000',
    'Totalt\t\t1 000 000',
    '',
    'Matcentralen betalar vidare 40 000 kronor per år till Grannföreningen för omkostnader; beloppet ingår i verksamhetsbidraget.',
    '',
    '§ 6 Giltighetstid',
    '',
    'Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.',
  ].join('\n');

test('an alias after the party\'s address ("nedan Grannföreningen.") names it in the table; money paid on is no share', () => {
  const a = read(aliases);
  expect(shares(a)).toEqual([
    ['Åby kommun', 500000],
    ['Matcentralen Åby ekonomisk förening', 400000],
    ['Föreningen Åbyns Grannar', 100000],
  ]);
  expect(a.costItems).toHaveLength(4);
});

const roleLabels = [
    'Överenskommelse om idéburet offentligt partnerskap – Sommarlovet Åby',
    '',
    '§ 1 Parter',
    '',
    'Åby kommun, genom kultur- och fritidsnämnden, org.nr 212000-4532',
    'Föreningen Lovglädje, org.nr 802489-7079',
    '',
    '§ 5 Ekonomi (per år)',
    '',
    '  Nämnden:    Verksamhetsbidrag               120 000 kr',
    '  Nämnden:    Lunch från skolrestaurangen      30 000 kr',
    '  Föreningen: Ideell tid, 200 timmar à 200 kr  40 000 kr',
    '  -------------------------------------------------------',
    '  Summa per år                                190 000 kr',
    '',
    '§ 6 Giltighetstid',
    '',
    'Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.',
  ].join('\n');

test('a label that opens with its party\'s role word ("Nämnden: …") is that party\'s item', () => {
  const a = read(roleLabels);
  expect(amounts(a)).toEqual([
    ['Åby kommun', 120000],
    ['Åby kommun', 30000],
    ['Föreningen Lovglädje', 40000],
  ]);
});

const initialism = [
    'Överenskommelse om idéburet offentligt partnerskap – Vinterlov i Sörby',
    '',
    '§ 1 Parter',
    '',
    'Sörby kommun, genom fritidsnämnden, org.nr 212000-4532',
    'IK Sörbyn, org.nr 802489-7079',
    '',
    '§ 5 Ekonomi',
    '',
    'Budget per säsong:',
    '  * kommunen driftbidrag 200 000 kr',
    '  * IK ledare 800 tim à 200 kr = 160 000',
    '  * IK egen utrustning 20 000 kr',
    '',
    '§ 6 Giltighetstid',
    '',
    'Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.',
  ].join('\n');

test('a non-profit\'s name that opens with an initialism ("IK Sörbyn") is named by it in budget lines ("IK ledare …")', () => {
  const a = read(initialism);
  expect(amounts(a)).toEqual([
    ['Sörby kommun', 200000],
    ['IK Sörbyn', 160000],
    ['IK Sörbyn', 20000],
  ]);
});

const namedAfter = [
    'Överenskommelse om idéburet offentligt partnerskap – Språkvän Sörby',
    '',
    '§ 1 Parter',
    '',
    '1. Sörby kommun, socialnämnden, org.nr 212000-4532 ("kommunen")',
    '2. Föreningen Nya Grannar i Sörby, org.nr 802489-7079 ("Nya Grannar")',
    '',
    '## Pengar och insatser',
    '',
    '- Kommunen: 100 000 kr per halvår i verksamhetsbidrag.',
    '- Nya Grannar: ideellt arbete, 500 timmar/år à 200 kr.',
    '',
    '**Partnerskapets värde per år: 300 000 kr.**',
    '',
    '§ 6 Giltighetstid',
    '',
    'Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.',
  ].join('\n');

test('an amount per half-year named after its period ("per halvår i verksamhetsbidrag") is a yearly item (× 2)', () => {
  const a = read(namedAfter);
  expect(amounts(a)).toEqual([
    ['Sörby kommun', 200000],
    ['Föreningen Nya Grannar i Sörby', 100000],
  ]);
});

test('an amount per year named after its period ("per år som driftbidrag") is an item', () => {
  const a = read(namedAfter.replace('100 000 kr per halvår i verksamhetsbidrag', '200 000 kr per år som driftbidrag'));
  expect(amounts(a)).toEqual([
    ['Sörby kommun', 200000],
    ['Föreningen Nya Grannar i Sörby', 100000],
  ]);
});

const grantDecision = [
    'HÖGBY KOMMUN',
    'Socialnämndens arbetsutskott',
    '',
    'DELEGATIONSBESLUT',
    'Dnr SN 2028/22',
    '',
    'Sökande: Högby Skytteförening, org.nr 802466-3051',
    '',
    'Beslut',
    '',
    'Arbetsutskottet beslutar att bevilja föreningen insatsmedel för 2028 med 42 000 kr. Medlen avser kalenderåret 2028 och betalas ut i april.',
    '',
    'Motivering',
    '',
    'Föreningen uppfyller villkoren i nämndens riktlinjer för insatsmedel. Frågan om IOP prövas inte här.',
    '',
    'Beslutet fattas med stöd av delegationsordningen punkt 3.1.',
  ].join('\n');
const GRANT = /^NOT_IOP: Dokumentet är ett beslut om bidrag enligt bidragsregler/;

describe('a decision that grants ("beslutar att bevilja") or gives insatsmedel is a grant decision, not an IOP', () => {
  test.each([
    ['insatsmedel granted with "bevilja"', grantDecision],
    ['verksamhetsbidrag granted with "bevilja"', grantDecision.replace('bevilja föreningen insatsmedel', 'bevilja föreningen verksamhetsbidrag').replace('riktlinjer för insatsmedel', 'bidragsregler')],
    ['insatsmedel "beviljat"', grantDecision.replace('Arbetsutskottet beslutar att bevilja föreningen insatsmedel', 'Föreningen har beviljat insatsmedel')],
  ])('%s', (_, text) => {
    expect(refusal(text)).toMatch(GRANT);
  });
});
