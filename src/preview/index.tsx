import { useMemo, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { depsForHost } from '../taskpane/mount';
import { Grid } from './Grid';
import { PreviewHost, createPreviewHost } from './previewHost';

const PANE_MIN = 320;
const PANE_MAX = 500;

/** The pane's starting width: `?pane=350` (clamped to what Excel allows), else 380 px. */
function initialPaneWidth(): number {
  const asked = Number(new URLSearchParams(window.location.search).get('pane'));
  return Number.isFinite(asked) && asked > 0 ? Math.min(PANE_MAX, Math.max(PANE_MIN, asked)) : 380;
}

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', minHeight: '100vh' },
  // Excel lets the user drag the pane between about 320 and 500 px: so does the preview (resize handle).
  pane: {
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: 'auto',
    maxHeight: '100vh',
    resize: 'horizontal',
    minWidth: `${PANE_MIN}px`,
    maxWidth: `${PANE_MAX}px`,
    boxSizing: 'border-box',
  },
  book: { padding: tokens.spacingHorizontalM, minWidth: 0 },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  note: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The pane as Excel would show it, beside a grid of the in-memory workbook it writes to. */
function Preview({ host }: { host: PreviewHost }) {
  const s = useStyles();
  const sheets = useSyncExternalStore(host.subscribe, host.snapshot);
  const deps = useMemo(() => depsForHost(host), [host]);
  return (
    <div className={s.layout}>
      <div className={s.pane} style={{ width: `${initialPaneWidth()}px` }} data-testid="pane">
        <App deps={deps} />
      </div>
      <FluentProvider theme={webLightTheme} lang="sv">
        <section className={s.book} aria-labelledby="book-heading">
          <h2 id="book-heading" className={s.heading}>
            Arbetsboken (i minnet)
          </h2>
          <p className={s.note}>Förhandsvisning utan Excel: fönstret till vänster skriver hit. Inget sparas när sidan stängs.</p>
          <Grid sheets={sheets} />
        </section>
      </FluentProvider>
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  root.textContent = '';
  createRoot(root).render(<Preview host={createPreviewHost()} />);
}
