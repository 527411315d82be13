import type { Preview } from '../importPreviews';
import { useStyles } from '../styles';

/** Where a merged preview comes from, and which workbook row saving it updates. */
export function PreviewOrigin({ preview }: { preview: Preview }) {
  const s = useStyles();
  if (preview.from.length === 0 && !preview.replaces) return null;
  return (
    <p className={s.muted}>
      {preview.from.length > 0 && <>Ett partnerskap ur {preview.from.join(', ')}. </>}
      {preview.replaces &&
        (preview.documentKind
          ? `Finns i arbetsboken som "${preview.replaces.name}" (sparat oförändrat ur ett dokument): dokumenten läggs ihop som om de importerats samtidigt, och att spara uppdaterar den raden.`
          : `Finns i arbetsboken som "${preview.replaces.name}": arbetsbokens värden gäller, dokumenten fyller bara i det som saknas där.`)}
    </p>
  );
}
