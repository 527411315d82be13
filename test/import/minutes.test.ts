import { importText, toContractJson } from '../../src/import';

/**
 * Minutes in which a motion on the amount is made: the decision's amounts count, not the proposal's and the
 * motions' besides them. Documents written for these tests.
 */
const minutes = (motionAndDecision: string) => `HALLSBERGS KOMMUN                SAMMANTRÄDESPROTOKOLL
Kultur- och fritidsnämnden       Sammanträdesdatum 2026-02-12

§ 14   Dnr KFN 2026/7

Idéburet offentligt partnerskap med Föreningen Ljusglimten om läxhjälp

Ärendet
Föreningen Ljusglimten (org.nr 802455-1114) driver läxhjälp för barn i Hallsberg. Förvaltningen har tagit fram ett förslag till överenskommelse om idéburet offentligt partnerskap.

I förslaget bidrar nämnden med 300 000 kronor per år för lokaler och en samordnare. Föreningen bidrar med ideellt arbete värderat till 90 000 kronor per år. Partnerskapets sammanlagda värde blir 390 000 kronor per år.

Förslag till beslut
Förvaltningen föreslår att nämnden beslutar att ingå partnerskapet med Föreningen Ljusglimten med ett bidrag från nämnden om 300 000 kronor per år.

${motionAndDecision}

Justerandes signatur ____________`;

const imported = (text: string) => toContractJson(importText(text, 'protokoll.txt')).agreements[0];
const share = (a: ReturnType<typeof imported>, name: RegExp) => a.contributions.find((c) => name.test(c.party))?.annualAmount;

describe('minutes with a motion on the amount', () => {
  test('an adopted motion that the decision restates replaces the proposal\'s amount and total', () => {
    const a = imported(minutes(`Yrkanden
Eva Holm (C) yrkar att nämndens bidrag ska vara 340 000 kronor per år.

Propositionsordning
Ordföranden finner att nämnden bifaller ändringsyrkandet.

Beslut
Kultur- och fritidsnämnden beslutar att ingå partnerskapet med Föreningen Ljusglimten enligt förslaget, med den ändringen att nämndens bidrag ska vara 340 000 kronor per år.`));
    expect(share(a, /kommun/)).toBe(340000);
    expect(share(a, /Ljusglimten/)).toBe(90000);
    // The proposal's 390 000 was the total of what was not decided: the total is the decided shares' sum, warned.
    expect(a.annualTotal).toBe(430000);
    expect(a.warnings.some((w) => w.field === 'annualTotal')).toBe(true);
    expect(a.warnings.some((w) => w.code === 'INFERRED' && w.field === 'contributions' && /beslut/.test(w.message))).toBe(true);
  });

  test('a rejected motion\'s amount is not added, nor the proposal\'s amount counted twice', () => {
    const a = imported(minutes(`Yrkanden
Eva Holm (C) yrkar att nämndens bidrag ska vara 340 000 kronor per år.

Beslut
Kultur- och fritidsnämnden beslutar enligt förvaltningens förslag. Eva Holms yrkande avslås.`));
    expect(share(a, /kommun/)).toBe(300000);
    expect(a.annualTotal).toBe(390000);
  });

  test('a decision that adopts a motion without restating the amount: the amounts are warned', () => {
    const a = imported(minutes(`Yrkanden
Eva Holm (C) yrkar att nämndens bidrag ska vara 340 000 kronor per år.

Beslut
Kultur- och fritidsnämnden beslutar enligt Eva Holms ändringsyrkande.`));
    expect(a.warnings.some((w) => w.code === 'AMBIGUOUS' && w.field === 'contributions')).toBe(true);
    expect(a.warnings.some((w) => w.code === 'AMBIGUOUS' && w.field === 'annualTotal')).toBe(true);
  });
});
