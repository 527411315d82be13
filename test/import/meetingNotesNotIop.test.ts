import { importText, toContractJson } from '../../src/import';

/**
 * Notes of a dialogue meeting about a possible partnership are no agreement and no decision: they say that nothing was
 * agreed and nothing decided (src/import/kind.ts: NOTHING_AGREED with NOTHING_DECIDED). An agreement's own clause that
 * no other agreement binds the parties is no such record. Written for this test.
 */
const NOTES = `# Anteckningar från dialogmöte om läxhjälp

**Datum:** 2029-03-12
**Deltagare:** två tjänstepersoner från utbildningsförvaltningen och tre företrädare för Föreningen Läxvänner i Björkå (org.nr 802471-5503)

## Diskussion

- Föreningen vill pröva om ett idéburet offentligt partnerskap med barn- och utbildningsnämnden kan ersätta dagens projektbidrag.
- Föreningen uppskattar sitt behov till 150 000 kronor per år. Ett partnerskap skulle kunna börja 2029-08-01 och löpa i två år.

## Nästa steg

Ingen överenskommelse har träffats och inga beslut fattades. Förvaltningen återkommer efter samråd med nämndens presidium.
`;

const AGREEMENT = `Överenskommelse om idéburet offentligt partnerskap – Läxhjälp Björkå

Parter: Björkå kommun, barn- och utbildningsnämnden, org.nr 212000-2627, och Föreningen Läxvänner i Björkå, org.nr 802471-5503.

Överenskommelsen gäller 2029-08-01 – 2031-07-31.

Nämnden lämnar ett bidrag om 150 000 kronor per år. Föreningen bidrar med ideellt arbete om 500 timmar à 200 kronor, det vill säga 100 000 kronor per år.

Denna överenskommelse är parternas hela överenskommelse. Inga andra överenskommelser har träffats, och inga beslut har fattats som ändrar den.
`;

describe('notes of a meeting that agreed and decided nothing', () => {
  test('are refused as no IOP document, saying why', () => {
    expect(() => importText(NOTES, 'anteckningar.md')).toThrow(/ingen överenskommelse har träffats/);
  });

  test("an agreement's clause that no other agreement binds the parties is read as the agreement", () => {
    const r = toContractJson(importText(AGREEMENT, 'avtal.txt'));
    expect(r.documentKind).toBe('agreement');
    expect(r.agreements[0].name).toBe('Läxhjälp Björkå');
  });
});
