import { useEffect, useRef, useState } from 'react';
import { Button, Link } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { ActionMessages } from './Messages';
import { usePane } from '../context';
import { useAction } from '../useAction';
import { useStyles } from '../styles';

/** "IOP-uppfoljning-Arbetsmarknadsnamnden-2025.docx": letters a user's file system accepts everywhere. */
export function memoFileName(committee: string, year: number): string {
  const plain = committee
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `IOP-uppfoljning-${plain || 'namnden'}-${year}.docx`;
}

/**
 * "Skapa tjänsteskrivelse": the committee's follow-up memo for the year, made in the pane (no network) and
 * offered as a file to save. The Word writer is loaded on first use, so the pane starts without it.
 */
export function MemoDownload({ agreements, year, committee }: { agreements: readonly Agreement[]; year: number; committee: string }) {
  const s = useStyles();
  const { settings, workbook } = usePane();
  const [state, run] = useAction();
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);
  const link = useRef<HTMLAnchorElement>(null);

  // One object URL at a time; released when replaced or when the view closes.
  useEffect(() => () => { if (file) URL.revokeObjectURL(file.url); }, [file]);
  useEffect(() => {
    if (file) link.current?.click();
  }, [file]);

  const create = () =>
    run(
      async () => {
        const name = committee.trim();
        if (!name) throw new Error('Ange nämndens namn.');
        if (agreements.length === 0) throw new Error('Arbetsboken har inga avtal att skriva om.');
        const [{ buildMemo, writeMemoDocx }, recorded, invoices] = await Promise.all([import('../../writers/docx'), workbook.listFollowUp(), workbook.listInvoices()]);
        const memo = buildMemo(agreements, { ...settings, committee: name }, { year, committee: name, records: recorded.records, invoices: invoices.records });
        if (memo.counts.partnerships === 0) throw new Error(`${name} har inga avtal som löper ${year}.`);
        const bytes = await writeMemoDocx(memo);
        const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
        setFile({ url: URL.createObjectURL(blob), name: memoFileName(name, year) });
        return { n: memo.counts.partnerships, unread: recorded.problems, unreadInvoices: invoices.problems };
      },
      ({ n, unread, unreadInvoices }) =>
        `Tjänsteskrivelsen för ${year} är skapad (${n} partnerskap). Spara filen och klistra in texten i nämndens mall.` +
        (unread.length ? ` Några celler på bladet Uppföljning kunde inte läsas: ${unread.join(' ')}` : '') +
        (unreadInvoices.length ? ` Några celler på bladet Fakturor kunde inte läsas: ${unreadInvoices.join(' ')}` : ''),
    );

  return (
    <div className={s.stack}>
      <div className={s.row}>
        <Button onClick={() => void create()} disabledFocusable={state.busy}>
          {state.busy ? 'Skapar…' : 'Skapa tjänsteskrivelse'}
        </Button>
        {file && !state.busy && (
          <Link ref={link} href={file.url} download={file.name} data-testid="memo-download">
            Ladda ned {file.name}
          </Link>
        )}
      </div>
      <ActionMessages state={state} />
    </div>
  );
}
