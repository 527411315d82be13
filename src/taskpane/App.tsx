import { useMemo, useState } from 'react';
import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { IopSettings, defaultSettings } from '../domain/settings';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PaneContext, PaneServices } from './context';
import type { DraftStore } from './draftStore';
import type { Importer } from './importer';
import { ImportView } from './views/ImportView';
import { OverviewView } from './views/OverviewView';
import { SettingsView } from './views/SettingsView';
import { WizardView } from './views/WizardView';
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
});

export function App({ deps, initialView = 'import' }: { deps: TaskpaneDeps; initialView?: ViewKey }) {
  const s = useAppStyles();
  const [view, setView] = useState<ViewKey>(initialView);
  const [settings, setSettings] = useState<IopSettings>(() => defaultSettings());
  const services = useMemo<PaneServices>(() => ({ ...deps, settings, setSettings }), [deps, settings]);
  const Current = VIEWS[view].view;
  return (
    <FluentProvider theme={webLightTheme} lang="sv" className={s.root}>
      <PaneContext.Provider value={services}>
        <main>
          <h1 className={s.title}>IOP-avtal</h1>
          <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as ViewKey)} aria-label="Vyer i IOP-avtal" size="small" className={s.tabs}>
            {(Object.keys(VIEWS) as ViewKey[]).map((key) => (
              <Tab key={key} value={key} id={`tab-${key}`} aria-controls="iop-view">
                {VIEWS[key].title}
              </Tab>
            ))}
          </TabList>
          <div id="iop-view" role="tabpanel" aria-labelledby={`tab-${view}`} className={s.main}>
            {/* Keyed by view so a crashed view is reset when the user moves to another one. */}
            <ErrorBoundary key={view} area={VIEWS[view].title}>
              <Current />
            </ErrorBoundary>
          </div>
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
