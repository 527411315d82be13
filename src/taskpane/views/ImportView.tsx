import { useRef, useState } from 'react';
import { Button, Field, ProgressBar, Textarea, mergeClasses } from '@fluentui/react-components';
import type { ImportResult } from '../../import/result';
import { ImportedAgreementEditor } from '../components/ImportedAgreementEditor';
import { ErrorList, WarningBar } from '../components/Messages';
import { usePane } from '../context';
import { userMessage } from '../errors';
import { useStyles } from '../styles';

interface ImportItem {
  key: number;
  source: string;
  result?: ImportResult;
  error?: string;
}

const ACCEPT = '.docx,.pdf,.txt,.md';
const KIND_TEXT = { agreement: 'överenskommelse', decision: 'beslut', overview: 'nämndens översikt' } as const;

export function ImportView() {
  const s = useStyles();
  const { importer } = usePane();
  const [items, setItems] = useState<ImportItem[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number; current: string } | null>(null);
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const abort = useRef<AbortController | null>(null);

  const importAll = async (jobs: { source: string; read: (signal: AbortSignal) => Promise<ImportResult> }[]) => {
    if (jobs.length === 0 || progress) return;
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
        done.push({ key, source: job.source, result: await job.read(controller.signal) });
      } catch (error) {
        done.push({ key, source: job.source, error: userMessage(error) });
      }
    }
    abort.current = null;
    setProgress(null);
    setItems(done);
  };

  const importFiles = (files: FileList | File[] | null) => {
    const list = Array.from(files ?? []);
    void importAll(
      list.map((file) => ({
        source: file.name,
        read: async (signal) => importer.importFile(file.name, new Uint8Array(await file.arrayBuffer()), signal),
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
        <p>Släpp en eller flera filer här (docx, pdf, txt, md) eller</p>
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
          validationMessage={`Fil ${progress.done + 1} av ${progress.total}`}
          validationState="none"
        >
          <ProgressBar value={progress.total > 1 ? progress.done / progress.total : undefined} max={1} />
        </Field>
      )}
      {progress && <Button onClick={() => abort.current?.abort()}>Avbryt importen</Button>}

      {items.map((item) => (
        <section key={item.key} className={s.stack} aria-label={`Resultat för ${item.source}`}>
          <p className={s.muted}>
            {item.source}
            {item.result ? ` – ${KIND_TEXT[item.result.documentKind]}, ${item.result.agreements.length} avtal` : ''}
          </p>
          {item.error && <ErrorList title={`${item.source} kunde inte importeras`} errors={[item.error]} />}
          {item.result?.warnings.map((w, i) => (
            <WarningBar key={i}>{w.message}</WarningBar>
          ))}
          {item.result && item.result.agreements.length === 0 && <WarningBar>Dokumentet innehöll inga avtal att spara.</WarningBar>}
          {item.result?.agreements.map((a, i) => <ImportedAgreementEditor key={`${item.key}-${i}`} agreement={a} index={item.key * 100 + i} />)}
        </section>
      ))}
    </section>
  );
}
