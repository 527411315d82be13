/**
 * The page's only eager entry. Order matters: register the IOP functions first (small), then load the
 * React task pane as a separate chunk, so functions work soon after Excel starts even before the UI exists.
 */
import { startFunctionRuntime } from '../functions/register';

startFunctionRuntime();

function showLoadError(root: HTMLElement): void {
  root.textContent = 'Aktivitetsfönstret kunde inte laddas. Stäng det och öppna det igen.';
  root.setAttribute('role', 'alert');
}

function loadTaskpane(): void {
  const root = document.getElementById('root');
  if (!root) return;
  import(/* webpackChunkName: "taskpane-ui" */ './mount')
    .then(({ mountTaskpane }) => mountTaskpane(root))
    .catch(() => showLoadError(root));
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => loadTaskpane());
} else {
  loadTaskpane();
}
