import { formatKr } from '../format';
import { useStyles } from '../styles';

/** The public, civil and total columns every amount table in the pane shows, in one order and format. */
export function SectorHeaderCells() {
  const s = useStyles();
  return (
    <>
      <th scope="col" className={s.numeric}>
        Offentlig
      </th>
      <th scope="col" className={s.numeric}>
        Idéburen
      </th>
      <th scope="col" className={s.numeric}>
        Totalt
      </th>
    </>
  );
}

export function SectorAmountCells({ amounts }: { amounts: { public: number; civil: number; total: number } }) {
  const s = useStyles();
  return (
    <>
      <td className={s.numeric}>{formatKr(amounts.public)}</td>
      <td className={s.numeric}>{formatKr(amounts.civil)}</td>
      <td className={s.numeric}>{formatKr(amounts.total)}</td>
    </>
  );
}
