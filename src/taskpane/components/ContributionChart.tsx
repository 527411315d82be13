import { tokens } from '@fluentui/react-components';
import { formatKr } from '../format';
import { FIGURE_LABELS } from '../../domain/yearReport';
import type { ChartYear } from '../yearSeries';

const WIDTH = 320;
const HEIGHT = 190;
const PAD = { top: 12, right: 8, bottom: 24, left: 54 };
/** A year label needs about this many units of width at 10 px ("2025" plus a gap), or labels overlap. */
const LABEL_WIDTH = 30;
const COMPACT = new Intl.NumberFormat('sv-SE', { notation: 'compact', maximumFractionDigits: 1 });

/** Round steps for the value axis (1, 2 or 5 × a power of ten), about four of them up to the largest bar. */
export function axisTicks(max: number): number[] {
  if (!(max > 0)) return [0];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; ticks.length === 0 || ticks[ticks.length - 1] < max; v += step) ticks.push(v);
  return ticks;
}

/** Every nth year is labelled so that labels never overlap (counted from the chosen year, which always is). */
export function labelEvery(slot: number): number {
  return Math.max(1, Math.ceil(LABEL_WIDTH / Math.max(1, slot)));
}

/**
 * Public and civil contributions per year as grouped bars, plain SVG (no chart library in the pane).
 * Extension-only amounts are stacked in a lighter shade. The numbers themselves are in the table beside it;
 * the SVG carries a summary for screen readers.
 */
export function ContributionChart({ years, selectedYear }: { years: ChartYear[]; selectedYear: number }) {
  if (years.length === 0) return null;
  const highest = Math.max(1, ...years.map((y) => Math.max(y.public + y.extensionPublic, y.civil + y.extensionCivil)));
  const ticks = axisTicks(highest);
  const max = Math.max(highest, ticks[ticks.length - 1]);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = (WIDTH - PAD.left - PAD.right) / years.length;
  const every = labelEvery(slot);
  const chosen = Math.max(0, years.findIndex((y) => y.year === selectedYear));
  const bar = Math.min(24, slot / 2.6);
  const h = (v: number) => (v / max) * plotH;
  // The lighter bars too: without them a screen reader heard "0 kr" for a year that only an extension covers.
  const extension = (y: ChartYear) =>
    y.extensionPublic + y.extensionCivil > 0 ? ` (vid förlängning offentlig ${formatKr(y.extensionPublic)}, idéburen ${formatKr(y.extensionCivil)})` : '';
  const summary = years.map((y) => `${y.year}: offentlig ${formatKr(y.public)}, idéburen ${formatKr(y.civil)}${extension(y)}`).join('; ');
  const colors = { public: tokens.colorBrandBackground, civil: tokens.colorPaletteDarkOrangeBackground3 };

  return (
    <figure style={{ margin: 0 }}>
      <p style={{ margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }}>
        Bidrag per år för de avtal som räknas varje år. Samma slags tal som tabellen: {FIGURE_LABELS.inYear(selectedYear)}, och så vidare för
        varje år.
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={`Bidrag per år. ${summary}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom - h(t)} y2={HEIGHT - PAD.bottom - h(t)} stroke={tokens.colorNeutralStroke2} strokeWidth={t === 0 ? 1 : 0.5} />
            <text x={PAD.left - 4} y={HEIGHT - PAD.bottom - h(t) + 3} textAnchor="end" fontSize="9" fill={tokens.colorNeutralForeground2}>
              {`${COMPACT.format(t)} kr`}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={HEIGHT - PAD.bottom} stroke={tokens.colorNeutralStroke1} />
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} stroke={tokens.colorNeutralStroke1} />
        {years.map((y, i) => {
          const x0 = PAD.left + i * slot + (slot - 2 * bar - 2) / 2;
          const base = HEIGHT - PAD.bottom;
          const bars = [
            { x: x0, value: y.public, ext: y.extensionPublic, color: colors.public, label: 'Offentlig' },
            { x: x0 + bar + 2, value: y.civil, ext: y.extensionCivil, color: colors.civil, label: 'Idéburen' },
          ];
          return (
            <g key={y.year}>
              {bars.map((b) => (
                <g key={b.label}>
                  <rect x={b.x} y={base - h(b.value)} width={bar} height={h(b.value)} fill={b.color}>
                    <title>{`${b.label} ${y.year}: ${formatKr(b.value)}`}</title>
                  </rect>
                  {b.ext > 0 && (
                    <rect x={b.x} y={base - h(b.value) - h(b.ext)} width={bar} height={h(b.ext)} fill={b.color} opacity={0.35}>
                      <title>{`${b.label} ${y.year} vid förlängning: ${formatKr(b.ext)}`}</title>
                    </rect>
                  )}
                </g>
              ))}
              {(i - chosen) % every === 0 && (
              <text
                x={PAD.left + i * slot + slot / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
                fontSize="10"
                fontWeight={y.year === selectedYear ? 700 : 400}
                fill={tokens.colorNeutralForeground1}
              >
                {y.year}
              </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption style={{ display: 'flex', gap: '1rem', fontSize: tokens.fontSizeBase200 }}>
        <span>
          <svg width="10" height="10" aria-hidden="true">
            <rect width="10" height="10" fill={colors.public} />
          </svg>{' '}
          Offentlig
        </span>
        <span>
          <svg width="10" height="10" aria-hidden="true">
            <rect width="10" height="10" fill={colors.civil} />
          </svg>{' '}
          Idéburen
        </span>
        <span>Ljusare: vid förlängning</span>
      </figcaption>
    </figure>
  );
}
