import { Suspense, lazy, useCallback, useMemo, useRef, useState } from 'react';
import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { IopSettings, defaultSettings } from '../domain/settings';
import { useChoiceDialog } from './components/ChoiceDialog';
import { ErrorBoundary } from './components/ErrorBoundary';
import { UndoBar } from './components/UndoBar';
import { PaneContext, PaneServices } from './context';
import type { DraftStore } from './draftStore';
import type { Importer } from './importer';
import { ImportView } from './views/ImportView';

// The first view is part of the first render; the others are loaded when first opened (or soon after start).
const WizardView = lazy(() => import(/* webpackChunkName: "view-wizard" */ './views/WizardView').then((m) => ({ default: m.WizardView })));
const OverviewView = lazy(() => import(/* webpackChunkName: "view-overview" */ './views/OverviewView').then((m) => ({ default: m.OverviewView })));
const SettingsView = lazy(() => import(/* webpackChunkName: "view-settings" */ './views/SettingsView').then((m) => ({ default: m.SettingsView })));
import type { WorkbookApi } from './workbookApi';

export interface TaskpaneDeps {
  workbook: WorkbookApi;
  importer: Importer;
  drafts: DraftStore;
}

const VIEWS = {
  import: { title: 'Importera', view: ImportView },
  wizard: { title: 'Avtalsguide', view: WizardView },
  overview: { title: 'Översikt', view: OverviewView },
  settings: { title: 'Inställningar', view: SettingsView },
} as const;

type ViewKey = keyof typeof VIEWS;

const useAppStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  title: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  main: { padding: tokens.spacingHorizontalM },
  undo: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
});

export function App({ deps, initialView = 'import' }: { deps: TaskpaneDeps; initialView?: ViewKey }) {
  const s = useAppStyles();
  const [view, setView] = useState<ViewKey>(initialView);
  const [settings, setSettings] = useState<IopSettings>(() => defaultSettings());
  const [changes, setChanges] = useState(0);
  const unsaved = useRef<string | null>(null);
  const [ask, leaveDialog] = useChoiceDialog<'leave'>();
  const notifyChange = useCallback(() => setChanges((n) => n + 1), []);
  const setUnsaved = useCallback((reason: string | null) => {
    unsaved.current = reason;
  }, []);
  const services = useMemo<PaneServices>(
    () => ({ ...deps, settings, setSettings, notifyChange, changes, setUnsaved }),
    [deps, settings, notifyChange, changes, setUnsaved],
  );
  const Current = VIEWS[view].view;

  // Leaving a view unmounts it: edits only it holds (an import's previews) would be gone, so the pane asks first.
  const switchTo = async (next: ViewKey) => {
    if (next === view) return;
    if (unsaved.current) {
      const answer = await ask({
        title: `Lämna ${VIEWS[view].title}?`,
        body: <p>{unsaved.current}</p>,
        choices: [{ value: 'leave', label: 'Lämna utan att spara' }],
        cancel: 'Stanna kvar',
      });
      if (answer !== 'leave') return;
      unsaved.current = null;
    }
    setView(next);
  };
  return (
    <FluentProvider theme={webLightTheme} lang="sv" className={s.root}>
      <PaneContext.Provider value={services}>
        <main>
          <h1 className={s.title}>IOP-avtal</h1>
          <TabList selectedValue={view} onTabSelect={(_, d) => void switchTo(d.value as ViewKey)} aria-label="Vyer i IOP-avtal" size="small" className={s.tabs}>
            {(Object.keys(VIEWS) as ViewKey[]).map((key) => (
              <Tab key={key} value={key} id={`tab-${key}`} aria-controls="iop-view">
                {VIEWS[key].title}
              </Tab>
            ))}
          </TabList>
          <div className={s.undo}>
            <UndoBar />
          </div>
          {leaveDialog}
          <div id="iop-view" role="tabpanel" aria-labelledby={`tab-${view}`} className={s.main}>
            {/* Keyed by view so a crashed view is reset when the user moves to another one. */}
            <ErrorBoundary key={view} area={VIEWS[view].title}>
              <Suspense fallback={<p role="status">Laddar {VIEWS[view].title} …</p>}>
                <Current />
              </Suspense>
            </ErrorBoundary>
          </div>
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
