import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, Link, ProgressBar, Textarea, mergeClasses } from '@fluentui/react-components';
import type { ImportProgress, ImportResult, ImportedAgreement } from '../../import/result';
import { mergeImported } from '../../workbook/mergeDocuments';
import { useChoiceDialog } from '../components/ChoiceDialog';
import { EditorHandle, ImportedAgreementEditor } from '../components/ImportedAgreementEditor';
import { ActionMessages, ErrorList, WarningBar } from '../components/Messages';
import { useAction } from '../useAction';
import { usePane } from '../context';
import { userMessage } from '../errors';
import { useStyles } from '../styles';

interface ImportItem {
  key: number;
  source: string;
  result?: ImportResult;
  error?: string;
}

const ACCEPT = '.docx,.pdf,.txt,.md,.png,.jpg,.jpeg,.tif,.tiff';
const KIND_TEXT = { agreement: 'överenskommelse', decision: 'beslut', overview: 'nämndens översikt' } as const;

/** One preview to check and save: an agreement of one file, or one partnership several files describe. */
interface Preview {
  key: string;
  /** The file whose section shows it (the document whose values win). */
  item: number;
  index: number;
  agreement: ImportedAgreement;
  /** For a merged preview: its documents, "fil (beslut)". */
  from: string[];
}

/**
 * Files imported together are merged as the CLI merges them (mergeImported): a decision memo or an overview row
 * about an agreement in another file is one preview, shown under the file whose values win (the agreement, else
 * the overview); the other files say where it went.
 */
function previewsOf(items: readonly ImportItem[]): { previews: Preview[]; joined: Map<number, string[]> } {
  const found = items.flatMap((item) =>
    (item.result?.agreements ?? []).map((agreement, i) => ({ agreement, kind: item.result!.documentKind, source: String(item.key), item, i })),
  );
  const previews: Preview[] = [];
  const joined = new Map<number, string[]>();
  for (const { members, agreement } of mergeImported(found)) {
    const [host, ...rest] = members.map((m) => found[m]);
    previews.push({
      key: members.map((m) => `${found[m].item.key}-${found[m].i}`).join('+'),
      item: host.item.key,
      index: host.item.key * 100 + host.i,
      agreement,
      from: members.length > 1 ? members.map((m) => `${found[m].item.source} (${KIND_TEXT[found[m].kind]})`) : [],
    });
    for (const r of rest) {
      const same = r.agreement.name === agreement.name ? '' : ` "${agreement.name}"`;
      joined.set(r.item.key, [...(joined.get(r.item.key) ?? []), `"${r.agreement.name}" är samma partnerskap som${same} i ${host.item.source} och granskas där, sammanslaget.`]);
    }
  }
  previews.sort((a, b) => a.index - b.index);
  return { previews, joined };
}

export function ImportView() {
  const s = useStyles();
  const { importer, setUnsaved } = usePane();
  const [items, setItems] = useState<ImportItem[]>([]);
  // Previews not yet saved, by editor key: leaving the view or importing again would lose them.
  const [unsaved, setUnsavedKeys] = useState<Set<string>>(new Set());
  const editors = useRef(new Map<string, EditorHandle>());
  const [ask, askDialog] = useChoiceDialog<'replace'>();
  const [allState, runAll] = useAction();
  const results = useRef<HTMLDivElement>(null);
  // `page`: the page of a scan OCR is reading.
  const [progress, setProgress] = useState<{ done: number; total: number; current: string; page?: ImportProgress } | null>(null);
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    setUnsaved(unsaved.size > 0 ? `${unsaved.size === 1 ? 'Ett importerat avtal är' : `${unsaved.size} importerade avtal är`} inte sparat i arbetsboken. Förhandsgranskningen försvinner om du lämnar vyn.` : null);
  }, [unsaved, setUnsaved]);
  useEffect(() => () => setUnsaved(null), [setUnsaved]);

  const markSaved = (key: string, saved: boolean) =>
    setUnsavedKeys((prev) => {
      const next = new Set(prev);
      if (saved) next.delete(key);
      else next.add(key);
      return next;
    });

  const importAll = async (jobs: { source: string; read: (signal: AbortSignal, onPage: (page: ImportProgress) => void) => Promise<ImportResult> }[]) => {
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
    setProgress(null);
    setItems(done);
    setUnsavedKeys(new Set(previewsOf(done).previews.map((p) => p.key)));
  };

  const { previews, joined } = useMemo(() => previewsOf(items), [items]);
  const agreementCount = previews.length;
  const saveAll = () =>
    runAll(
      async () => {
        let saved = 0;
        // One after another: each may ask about a stored agreement of the same name.
        for (const [key, editor] of editors.current) if (unsaved.has(key) && (await editor.save())) saved++;
        return saved;
      },
      (saved) => `${saved} av ${agreementCount} avtal är sparade i arbetsboken.`,
    );
  const skipToReview = () => {
    const first = results.current?.querySelector<HTMLElement>('article h3');
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
          <ul className="iop-list" aria-label="Importerade filer">
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
        {items.map((item) => (
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
            {previews
              .filter((p) => p.item === item.key)
              .map((p) => (
                <div key={p.key} className={s.stack}>
                  {p.from.length > 0 && <p className={s.muted}>Ett partnerskap ur {p.from.join(', ')}.</p>}
                  <ImportedAgreementEditor
                    agreement={p.agreement}
                    index={p.index}
                    onSaved={(saved) => markSaved(p.key, saved)}
                    register={(handle) => (handle ? editors.current.set(p.key, handle) : editors.current.delete(p.key))}
                  />
                </div>
              ))}
          </section>
        ))}
      </div>
    </section>
  );
}
