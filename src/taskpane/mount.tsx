import { createRoot } from 'react-dom/client';
import { App, TaskpaneDeps } from './App';
import { localDraftStore } from './draftStore';
import { ExcelHost, officeExcelHost } from './excelHost';
import { paneImporter } from './importer';
import { workbookApi } from './workbookApi';

/** Outside Excel (the page opened directly) every workbook action explains itself instead of failing obscurely. */
const noExcelHost: ExcelHost = {
  kind: 'excel',
  run: () => Promise.reject(new Error('Excel är inte tillgängligt. Öppna tillägget i Excel, eller prova förhandsvisningen (npm run preview).')),
};

export function depsForHost(host: ExcelHost): TaskpaneDeps {
  return { workbook: workbookApi(host), importer: paneImporter(), drafts: localDraftStore() };
}

/** Mounts the pane into `container`; in Excel by default, or against any other host (the browser preview). */
export function mountTaskpane(container: HTMLElement, host?: ExcelHost): void {
  const chosen = host ?? (typeof Excel !== 'undefined' ? officeExcelHost() : noExcelHost);
  createRoot(container).render(<App deps={depsForHost(chosen)} />);
}

export default mountTaskpane;
