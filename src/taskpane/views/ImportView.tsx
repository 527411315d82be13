import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, Link, ProgressBar, Textarea, mergeClasses } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { useChoiceDialog } from '../components/ChoiceDialog';
import type { EditorHandle } from '../components/ImportedAgreementEditor';
import { ActionMessages, ErrorList, WarningBar } from '../components/Messages';
import { PreviewOrigin } from '../components/PreviewOrigin';
import { useAction } from '../useAction';
import { usePane } from '../context';
import { userMessage } from '../errors';
import { ImportItem, KIND_TEXT, NOTHING_STORED, Preview, StoredSet, previewsOf } from '../importPreviews';
import type { ImportedFile } from '../importer';
import type { ImportProgress } from '../../import/result';
import type { MergeGroup } from '../mergePreview';
import { findConflict, useSafeSave } from '../useSafeSave';
import { useStyles } from '../styles';

const ACCEPT = '.docx,.pdf,.txt,.md,.png,.jpg,.jpeg,.tif,.tiff';

// The review's forms come with the first import: the view itself (choosing files) is the pane's first render.
const ImportedAgreementEditor = lazy(() => import(/* webpackChunkName: "review" */ '../components/ImportedAgreementEditor').then((m) => ({ default: m.ImportedAgreementEditor })));
const OverviewReview = lazy(() => import(/* webpackChunkName: "review" */ '../components/OverviewReview').then((m) => ({ default: m.OverviewReview })));
const loadDrafts = () => import(/* webpackChunkName: "review" */ '../agreementDraft');

const plain = ({ warnings: _w, provenance: _p, ...agreement }: Preview['agreement']): Agreement => agreement;

export function ImportView() {
  const s = useStyles();
  const { importer, workbook, settings, setUnsaved, notifyChange } = usePane();
  const [batch, setBatch] = useState<{ items: ImportItem[]; previews: Preview[]; joined: Map<number, string[]> }>({ items: [], previews: [], joined: new Map() });
  // Previews not yet saved, by key: leaving the view or importing again would lose them.
  const [unsaved, setUnsavedKeys] = useState<Set<string>>(new Set());
  const editors = useRef(new Map<string, EditorHandle>());
  const [ask, askDialog] = useChoiceDialog<'replace'>();
  const [safeSave, saveDialog] = useSafeSave();
  const [allState, runAll] = useAction();
  const [rowErrors, setRowErrors] = useState<Map<string, string[]>>(new Map());
  const results = useRef<HTMLDivElement>(null);
  // `page`: the page of a scan OCR is reading.
  const [progress, setProgress] = useState<{ done: number; total: number; current: string; page?: ImportProgress } | null>(null);
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const abort = useRef<AbortController | null>(null);
  const { items } = batch;

  useEffect(() => {
    setUnsaved(unsaved.size > 0 ? `${unsaved.size === 1 ? 'Ett importerat avtal är' : `${unsaved.size} importerade avtal är`} inte sparat i arbetsboken. Förhandsgranskningen försvinner om du lämnar vyn.` : null);
  }, [unsaved, setUnsaved]);
  useEffect(() => () => setUnsaved(null), [setUnsaved]);

  const markSaved = (keys: readonly string[], saved: boolean) =>
    setUnsavedKeys((prev) => {
      const next = new Set(prev);
      for (const key of keys) {
        if (saved) next.delete(key);
        else next.add(key);
      }
      return next;
    });

  /** The workbook's agreements now; outside Excel (or on a read error) the import is previewed on its own. */
  const readStored = async (): Promise<StoredSet> => {
    try {
      const { agreements, documentKinds, workbookIndexed } = await workbook.listAgreements();
      return { agreements, documentKinds, workbookIndexed };
    } catch {
      return NOTHING_STORED;
    }
  };

  const importAll = async (jobs: { source: string; read: (signal: AbortSignal, onPage: (page: ImportProgress) => void) => Promise<ImportedFile> }[]) => {
    if (jobs.length === 0 || progress) return;
    if (unsaved.size > 0) {
      const answer = await ask({
        title: 'Ersätta förhandsgranskningen?',
        body: <p>{unsaved.size === 1 ? 'Ett importerat avtal' : `${unsaved.size} importerade avtal`} är inte sparat. En ny import visar bara de nya filerna.</p>,
        choices: [{ value: 'replace', label: 'Importera ändå' }],
        cancel: 'Avbryt',
      });
      if (answer !== 'replace') return;
    }
    // The previous review goes at once: what is shown is always this import's.
    setBatch({ items: [], previews: [], joined: new Map() });
    setUnsavedKeys(new Set());
    const done: ImportItem[] = [];
    const controller = new AbortController();
    abort.current = controller;
    // Files are read one after another: the readers are memory-hungry and the progress bar stays truthful.
    for (const [i, job] of jobs.entries()) {
      const key = nextKey.current++;
      if (controller.signal.aborted) {
        done.push({ key, source: job.source, error: 'Importen avbröts.' });
        continue;
      }
      setProgress({ done: i, total: jobs.length, current: job.source });
      try {
        const onPage = (page: ImportProgress) => setProgress((p) => (p ? { ...p, page } : p));
        done.push({ key, source: job.source, result: await job.read(controller.signal, onPage) });
      } catch (error) {
        done.push({ key, source: job.source, error: userMessage(error) });
      }
    }
    abort.current = null;
    // The files together and with the workbook's agreements, merged in the import worker.
    setProgress({ done: jobs.length - 1, total: jobs.length, current: 'jämför med arbetsboken' });
    const stored = await readStored();
    const files = done.flatMap((d) => (d.result ? [d.result] : []));
    let groups: MergeGroup[] = [];
    try {
      groups = await importer.merge(files, stored);
    } catch (error) {
      done.push({ key: nextKey.current++, source: 'Sammanslagningen', error: userMessage(error) });
    }
    setProgress(null);
    const { previews, joined } = previewsOf(done, stored, groups);
    setBatch({ items: done, previews, joined });
    setRowErrors(new Map());
    setUnsavedKeys(new Set(previews.map((p) => p.key)));
  };

  const { previews, joined } = batch;
  // The previews each file shows, found once per import rather than once per file per render.
  const hostedBy = useMemo(() => {
    const by = new Map<number, Preview[]>();
    for (const p of previews) {
      const list = by.get(p.item) ?? [];
      list.push(p);
      by.set(p.item, list);
    }
    return by;
  }, [previews]);
  const agreementCount = previews.length;
  const workbookIndexation = { indexRate: settings.indexRate, baseYear: settings.baseYear };

  /**
   * Saves every unsaved preview: those open in an editor save themselves (each may ask about a stored agreement
   * of the same name); the compact rows of an overview are saved together in one write, those that would meet
   * a stored agreement of the same name one at a time, asking.
   */
  const saveAll = () =>
    runAll(
      async () => {
        let saved = 0;
        for (const [key, editor] of editors.current) if (unsaved.has(key) && (await editor.save())) saved++;
        const rest = previews.filter((p) => unsaved.has(p.key) && !editors.current.has(p.key));
        const { agreements: now } = await workbook.listAgreements();
        const { draftFromAgreement, draftToAgreement } = await loadDrafts();
        const together: { preview: Preview; agreement: Agreement }[] = [];
        const errors = new Map<string, string[]>();
        const clashes: { preview: Preview; agreement: Agreement }[] = [];
        for (const p of rest) {
          const parsed = draftToAgreement(draftFromAgreement(plain(p.agreement), p.followsWorkbook), workbookIndexation);
          if (!parsed.ok) errors.set(p.key, parsed.errors);
          else if (findConflict(parsed.value, now) || (p.replacesUsersOwn && p.replaces)) clashes.push({ preview: p, agreement: parsed.value });
          else together.push({ preview: p, agreement: parsed.value });
        }
        setRowErrors(errors);
        if (together.length > 0) {
          await workbook.saveAgreements(
            together.map((t) => t.agreement),
            { workbookIndexed: together.map((t) => t.preview.followsWorkbook), documentKinds: together.map((t) => t.preview.documentKind) },
          );
          notifyChange();
          markSaved(together.map((t) => t.preview.key), true);
          saved += together.length;
        }
        for (const c of clashes) {
          const outcome = await safeSave(c.agreement, { workbookIndexed: c.preview.followsWorkbook, documentKind: c.preview.documentKind, usersRow: c.preview.replacesUsersOwn ? c.preview.replaces : null });
          if (outcome) {
            markSaved([c.preview.key], true);
            saved++;
          }
        }
        return { saved, failed: errors.size };
      },
      ({ saved, failed }) =>
        `${saved} av ${agreementCount} avtal är sparade i arbetsboken.${failed > 0 ? ` ${failed} behöver rättas först (öppna dem med Ändra).` : ''}`,
    );
  const skipToReview = () => {
    const first = results.current?.querySelector<HTMLElement>('article h3, [data-review-heading]');
    first?.focus();
  };

  const importFiles = (files: FileList | File[] | null) => {
    const list = Array.from(files ?? []);
    void importAll(
      list.map((file) => ({
        source: file.name,
        read: async (signal, onPage) => importer.importFile(file.name, new Uint8Array(await file.arrayBuffer()), signal, onPage),
      })),
    );
  };

  const editorFor = (p: Preview) => (
    <Suspense fallback={<p role="status">Laddar granskningen …</p>}>
    <ImportedAgreementEditor
      agreement={p.agreement}
      index={p.index}
      documentKind={p.documentKind}
      followsWorkbook={p.followsWorkbook}
      usersRow={p.replacesUsersOwn ? p.replaces : null}
      onSaved={(saved) => markSaved([p.key], saved)}
      register={(handle) => (handle ? editors.current.set(p.key, handle) : editors.current.delete(p.key))}
    />
    </Suspense>
  );

  return (
    <section className={s.stack} aria-labelledby="import-heading">
      <h2 id="import-heading" className={s.heading}>
        Importera överenskommelser
      </h2>
      <div
        className={mergeClasses(s.dropZone, dragging && s.dropZoneActive)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          importFiles(e.dataTransfer.files);
        }}
      >
        <p>Släpp en eller flera filer här (docx, pdf, txt, md, eller en skannad bild) eller</p>
        <label htmlFor="import-files" className={s.visuallyHidden}>
          Välj filer att importera
        </label>
        <input
          id="import-files"
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          className={s.visuallyHidden}
          tabIndex={-1}
          onChange={(e) => {
            importFiles(e.target.files);
            e.target.value = '';
          }}
        />
        <Button appearance="primary" onClick={() => fileInput.current?.click()} disabledFocusable={progress !== null}>
          Välj filer…
        </Button>
      </div>

      <Field label="Eller klistra in avtalets text">
        <Textarea rows={5} resize="vertical" value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Button
        onClick={() => importAll([{ source: 'Inklistrad text', read: (signal) => importer.importText(text, 'Inklistrad text', signal) }])}
        disabledFocusable={text.trim() === '' || progress !== null}
      >
        Importera inklistrad text
      </Button>

      {progress && (
        <Field
          label={`Läser ${progress.current}`}
          validationMessage={
            progress.page
              ? `${progress.total > 1 ? `Fil ${progress.done + 1} av ${progress.total} · ` : ''}Läser sida ${progress.page.page} av ${progress.page.pages} …`
              : `Fil ${progress.done + 1} av ${progress.total}`
          }
          validationState="none"
        >
          <ProgressBar
            value={progress.page ? (progress.page.page - 1) / progress.page.pages : progress.total > 1 ? progress.done / progress.total : undefined}
            max={1}
          />
        </Field>
      )}
      {progress && <Button onClick={() => abort.current?.abort()}>Avbryt importen</Button>}

      {askDialog}
      {saveDialog}
      {items.length > 0 && (
        <div className={s.stack}>
          {agreementCount > 1 && (
            <div className={s.row}>
              <Button appearance="primary" onClick={() => void saveAll()} disabledFocusable={allState.busy || unsaved.size === 0}>
                {allState.busy ? 'Sparar…' : `Spara alla (${unsaved.size} osparade)`}
              </Button>
            </div>
          )}
          <ActionMessages state={allState} />
          <Link onClick={skipToReview}>Hoppa över fillistan till granskningen</Link>
          <ul className={`iop-list ${s.reasons}`} aria-label="Importerade filer">
            {items.map((item) => (
              <li key={item.key} className={s.muted}>
                {item.source}
                {item.result ? ` – ${KIND_TEXT[item.result.documentKind]}, ${item.result.agreements.length} avtal` : ' – kunde inte importeras'}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div ref={results} className={s.stack}>
        {items.map((item) => {
          const hosted = hostedBy.get(item.key) ?? [];
          return (
            <section key={item.key} className={s.stack} aria-label={`Resultat för ${item.source}`}>
              {item.error && <ErrorList title={`${item.source} kunde inte importeras`} errors={[item.error]} />}
              {item.result?.warnings.map((w, i) => (
                <WarningBar key={i}>{w.message}</WarningBar>
              ))}
              {item.result && item.result.agreements.length === 0 && <WarningBar>Dokumentet innehöll inga avtal att spara.</WarningBar>}
              {joined.get(item.key)?.map((line, i) => (
                <p key={i} className={s.muted}>
                  {line}
                </p>
              ))}
              {item.result?.documentKind === 'overview' ? (
                <Suspense fallback={<p role="status">Laddar granskningen …</p>}>
                  <OverviewReview source={item.source} previews={hosted} unsaved={unsaved} errors={rowErrors} editorFor={editorFor} />
                </Suspense>
              ) : (
                hosted.map((p) => (
                  <div key={p.key} className={s.stack}>
                    <PreviewOrigin preview={p} />
                    {editorFor(p)}
                  </div>
                ))
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
