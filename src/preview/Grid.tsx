import { useState } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { GridSheet, columnName, displayValue } from './grid';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', maxHeight: 'calc(100vh - 120px)', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    fontWeight: tokens.fontWeightRegular,
  },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px', textAlign: 'right' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px', whiteSpace: 'nowrap', maxWidth: '12rem', overflow: 'hidden', textOverflow: 'ellipsis' },
  number: { textAlign: 'right' },
  formula: { backgroundColor: tokens.colorPaletteLightGreenBackground1 },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** The in-memory workbook as a read-only grid: one tab per sheet, formula cells tinted; the formula, or the whole text of a cut-off cell, as tooltip. */
export function Grid({ sheets }: { sheets: GridSheet[] }) {
  const s = useStyles();
  const [selected, setSelected] = useState<string | null>(null);
  const sheet = sheets.find((sh) => sh.name === selected) ?? sheets[0];
  if (!sheet) return <p className={s.empty}>Arbetsboken är tom. Importera eller skapa ett avtal i fönstret till vänster.</p>;
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  return (
    <div>
      <TabList selectedValue={sheet.name} onTabSelect={(_, d) => setSelected(String(d.value))} aria-label="Blad i arbetsboken" size="small">
        {sheets.map((sh) => (
          <Tab key={sh.name} value={sh.name}>
            {sh.name}
          </Tab>
        ))}
      </TabList>
      <div className={s.wrap} tabIndex={0} role="region" aria-label={`Bladet ${sheet.name}`}>
        <table className={s.table} data-sheet={sheet.name}>
          <thead>
            <tr>
              <th className={s.head} scope="col">
                <span aria-hidden="true">&nbsp;</span>
                <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Rad</span>
              </th>
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={s.head} scope="col">
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row, r) => (
              <tr key={r}>
                <th className={s.rowHead} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: width }, (_, c) => {
                  const cell = row[c] ?? { value: null };
                  const classes = [s.cell, typeof cell.value === 'number' ? s.number : '', cell.formula ? s.formula : ''].join(' ');
                  return (
                    <td key={c} className={classes} title={cell.formula ?? (displayValue(cell) || undefined)} data-address={`${columnName(c)}${r + 1}`}>
                      {displayValue(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
