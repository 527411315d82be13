import { importText } from '../../src/import';

/**
 * A decision in other clothes than a memo: minutes titled as such, a chair's or a delegated decision, and a committee
 * deciding to enter a partnership in its "beslutar att" clause. An agreement that mentions minutes or a past decision
 * stays an agreement. Documents written for these tests.
 */
const kind = (text: string) => importText(text, 'x.md').documentKind;

const PARTIES = `Parter: Tranås kommun, org.nr 212000-0555, och Föreningen Gemenskap Tranås, org.nr 802477-1787.`;

describe('a decision by its title or its decision clause', () => {
  test.each([
    [`# Ordförandebeslut: Idéburet offentligt partnerskap om mötesplats\n\nSocialnämndens ordförande beslutar att kommunen ingår en överenskommelse om idéburet offentligt partnerskap med Föreningen Gemenskap Tranås.\n${PARTIES}\nKommunen bidrar med 300 000 kr per år.`],
    [`Delegationsbeslut – idéburet offentligt partnerskap\n\n${PARTIES}\nBeslut: att ingå IOP från och med 2026-01-01. Kommunen bidrar med 300 000 kr per år.`],
    [`TRANÅS KOMMUN\n\nProtokollsutdrag\nSocialnämnden 2026-03-12\n\n§ 12 Idéburet offentligt partnerskap\n${PARTIES}\nKommunen bidrar med 300 000 kr per år.`],
    [`Socialnämnden\n\nSocialnämnden beslutar\n1. att ingå idéburet offentligt partnerskap med Föreningen Gemenskap Tranås,\n2. att bidraget är 300 000 kr per år.\n${PARTIES}`],
  ])('%#', (text) => {
    expect(kind(text)).toBe('decision');
  });

  test('an agreement that mentions minutes or the decision behind it stays an agreement', () => {
    const agreement = `# Överenskommelse om idéburet offentligt partnerskap – Mötesplats Tranås\n\n${PARTIES}\nSocialnämnden beslutade 2026-02-10 att ingå denna överenskommelse.\nProtokoll från uppföljningsmötena skickas till båda parter.\nKommunen bidrar med 300 000 kr per år. Överenskommelsen gäller från och med 2026-03-01 till och med 2027-02-28.`;
    expect(kind(agreement)).toBe('agreement');
  });
});

test("minutes' meta lines (Beslutande, Övriga närvarande, Plats och tid) are never the partnership's name", () => {
  const text = `Protokoll\nPlats och tid: Stadshuset, kl. 13.00–15.00\nBeslutande: Anna Ek (S), ordförande; Per Berg (M)\nÖvriga närvarande: förvaltningschef, nämndsekreterare\n\n§ 47 Idéburet offentligt partnerskap Mötesplats Tranås\n${PARTIES}\nSocialnämnden beslutar att ingå idéburet offentligt partnerskap med Föreningen Gemenskap Tranås. Kommunen bidrar med 300 000 kr per år.`;
  const name = importText(text, 'x.txt').agreements[0].name ?? '';
  expect(name).not.toMatch(/Beslutande|närvarande|Plats och tid/);
});
