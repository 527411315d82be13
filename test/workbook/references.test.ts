import { fromR1C1, toR1C1 } from '../../src/workbook/references';

/**
 * A1 and R1C1 references as Microsoft's "Overview of formulas" documents them, seen from cell C5 (row 4, column 2
 * zero-based): R[-2]C is two rows up in the same column, R[2]C[2] two down and two right, R2C2 the second row and
 * column, R[-1] the whole row above, R the current row; A10, A10:A20, B15:E15, 5:5, 5:10, H:H, H:J, and mixed
 * references ($A1, A$1).
 */
const FROM_C5: [string, string][] = [
  ['=C3', '=R[-2]C'],
  ['=E7', '=R[2]C[2]'],
  ['=$B$2', '=R2C2'],
  ['=SUM(4:4)', '=SUM(R[-1])'],
  ['=SUM(5:5)', '=SUM(R)'],
  ['=SUM($5:$5)', '=SUM(R5)'],
  ['=A10', '=R[5]C[-2]'],
  ['=SUM(A10:A20)', '=SUM(R[5]C[-2]:R[15]C[-2])'],
  ['=SUM(B15:E15)', '=SUM(R[10]C[-1]:R[10]C[2])'],
  ['=SUM(A10:E20)', '=SUM(R[5]C[-2]:R[15]C[2])'],
  ['=SUM(5:10)', '=SUM(R:R[5])'],
  ['=SUM(H:H)', '=SUM(C[5])'],
  ['=SUM(H:J)', '=SUM(C[5]:C[7])'],
  ['=SUM($B:$B)', '=SUM(C2)'],
  ['=SUM(C:C)', '=SUM(C)'],
  ['=$A1', '=R[-4]C1'],
  ['=$A5', '=RC1'],
  ['=A$1', '=R1C[-2]'],
  ['=$A$1', '=R1C1'],
  ['=C5*2', '=RC*2'],
  ['="A1 R1C1"&B2', '="A1 R1C1"&R[-3]C[-1]'],
  ['=Blad2!B2', '=Blad2!R[-3]C[-1]'],
  ["='Mitt blad'!$B$2:$C$3", "='Mitt blad'!R2C2:R3C3"],
  ['=LOG10(A1)+XFD1048576+$XFD$1048576', '=LOG10(R[-4]C[-2])+R[1048571]C[16381]+R1048576C16384'],
  ['=SUMIFS(IOP_Poster[[Belopp/år]],IOP_Poster[Typ],"Bidrag")', '=SUMIFS(IOP_Poster[[Belopp/år]],IOP_Poster[Typ],"Bidrag")'],
  ['=[@Belopp]*TRUE', '=[@Belopp]*TRUE'],
  ['=IF(A1,"C3",C3)', '=IF(R[-4]C[-2],"C3",R[-2]C)'],
];

describe('A1 and R1C1 references (Microsoft: "Overview of formulas")', () => {
  it.each(FROM_C5)('%s in C5 is %s', (a1, r1c1) => {
    expect(toR1C1(a1, 4, 2)).toBe(r1c1);
    expect(fromR1C1(r1c1, 4, 2)).toBe(a1);
  });

  it('a relative reference is the same R1C1 text in every row: one formula filled down a column', () => {
    expect(toR1C1('=B2*0.25', 1, 2)).toBe('=RC[-1]*0.25');
    expect(toR1C1('=B3*0.25', 2, 2)).toBe('=RC[-1]*0.25');
    expect(fromR1C1('=RC[-1]*0.25', 9, 2)).toBe('=B10*0.25');
  });

  it('leaves text and values that are not formulas alone', () => {
    expect(toR1C1('A1', 0, 0)).toBe('A1');
    expect(fromR1C1('R1C1', 0, 0)).toBe('R1C1');
  });
});
