import { FormulaGrammarContext, FormulaProblemKind, formulaProblem, parseFormula } from '../../src/preview/memory/formula';
import { fileFormula } from '../../src/workbook/excelFunctions';

/**
 * Excel's formula grammar as Microsoft documents it ("Using structured references with Excel tables", "Overview
 * of formulas", "Excel specifications and limits"): the examples there are taken, the refusals are what Excel
 * answers with "There's a problem with this formula".
 */
const TABLES: Record<string, string[]> = {
  deptsales: ['Sales Person', 'Region', 'Sales Amount', '% Commission', 'Commission Amount'],
  deptsalesfysummary: ['Total $ Amount', '2004', '2002', '#OfItems', 'Total$Amount'],
  iop_avtal: ['Avtals-id', 'Namn', 'Start', 'Slut', 'Totalt/år', 'Förlängning år'],
  iop_poster: ['Avtals-id', 'Typ', 'Part', 'Belopp/år'],
};
const api = (hostTable: string | null = null): FormulaGrammarContext => ({ form: 'api', columnsOf: (t) => TABLES[t.toLowerCase()] ?? null, hostTable, customNamespaces: ['IOP'] });
const file: FormulaGrammarContext = { form: 'file', columnsOf: (t) => TABLES[t.toLowerCase()] ?? null };

describe("Excel's formula grammar: accepted", () => {
  it.each([
    // Microsoft's examples of structured references.
    '=SUM(DeptSales[Sales Amount])',
    '=DeptSales[[#All],[Sales Amount]]',
    '=DeptSales[[#Headers],[% Commission]]',
    '=DeptSales[[#Totals],[Region]]',
    '=DeptSales[[#All],[Sales Amount]:[% Commission]]',
    '=DeptSales[[#Data],[% Commission]:[Commission Amount]]',
    '=DeptSales[[#Headers],[Region]:[Commission Amount]]',
    '=DeptSales[[#Totals],[Sales Amount]:[Commission Amount]]',
    '=DeptSales[[#Headers],[#Data],[% Commission]]',
    '=DeptSales[[#This Row], [Commission Amount]]',
    '=DeptSales[[Sales Person]:[Region]]',
    '=DeptSales[#All]',
    '=DeptSales[#Data]',
    '=DeptSalesFYSummary[[Total $ Amount]]',
    '=DeptSalesFYSummary[[Total$Amount]]',
    "=DeptSalesFYSummary['#OfItems]",
    '=DeptSales[Total Amount]'.replace('Total Amount', 'Sales Amount'),
    '=DeptSales[ [Sales Person]:[Region] ]',
    '=DeptSales[[Sales Person]:[Region]] DeptSales[[Sales Amount]]',
    // Ours.
    '=SUMIFS(IOP_Poster[[Belopp/år]],IOP_Poster[[Avtals-id]],$A2,IOP_Poster[Typ],"<>Bidrag")',
    '=INDEX(IOP_Avtal[Namn],\'Beräkning\'!$O$12)',
    '=IF(ISNUMBER(IOP_Avtal[[#This Row],[Start]]),YEAR(IOP_Avtal[[#This Row],[Start]]),"")',
    '=EDATE(Beräkning!$K$2+1,12*2)-1',
    '="="&SUBSTITUTE(SUBSTITUTE($C2,"~","~~"),"*","~*")',
    '=ROUND(ROUND(Beräkning!$U$12+Beräkning!$U$13,6),0)',
    '=IF(A1,,1)',
    '=SUM(A:A)+SUM(1:1)+SUM($B$2:$C$10)',
    '=-5%+2^3*4/2&"x"',
    '=SUM({1,2;3,4})',
    '=IFERROR(N(INDEX(IOP_Poster[Typ],1)),0)',
    '=TODAY()>DATE(2026,3,15)',
    '=#N/A',
    '=IOP.INDEX(1710000,2026,2024,0.02)',
    '=SUM((A1:A3,C1:C3))',
    '=@A1:A10',
  ])('%s', (f) => {
    expect(formulaProblem(f, api())).toBeNull();
  });

  it('reads [@Column] and [Column] without a table name in a table of the workbook', () => {
    for (const f of ['=[@[Sales Amount]]*[@[% Commission]]', '=[@Region]', '=DeptSales[@Region]', '=[@[Sales Amount]]', '=[Region]']) expect(formulaProblem(f, api('DeptSales'))).toBeNull();
  });

  it('names the functions and tables a formula uses', () => {
    expect(parseFormula('=SUMIFS(IOP_Poster[[Belopp/år]],IOP_Avtal[Namn],"x")+MAX(1,2)', api())).toEqual({ functions: ['SUMIFS', 'MAX'], tables: ['IOP_Poster', 'IOP_Avtal'] });
  });
});

/** Each kind of formula Excel refuses, with examples. */
const REFUSED: [FormulaProblemKind, string[]][] = [
  ['unknownTable', ['=SUM(Finns_Inte[Belopp])', '=[@Region]', '=[Region]']],
  ['unknownColumn', ['=SUM(IOP_Poster[Saknas])', '=IOP_Avtal[[#This Row],[Saknas]]', '=DeptSales[[Sales Person]:[Saknas]]']],
  ['singleBrackets', ['=SUM(IOP_Poster[Belopp/år])', '=MATCH($A2,IOP_Avtal[Avtals-id],0)', '=IOP_Avtal[Totalt/år]', '=DeptSalesFYSummary[Total$Amount]', '=IOP_Avtal[@Avtals-id]']],
  ['unbalancedBrackets', ['=SUM(IOP_Poster[Typ)', '=IOP_Avtal[[Namn]', '=SUM(A1])', '=SUM({1,2)']],
  ['unbalancedParentheses', ['=SUM(A1', '=IF(A1,1,2))', '=((1+2)']],
  ['unbalancedQuotes', ['=IF(A1="x,1,2)', '="abc']],
  ['unknownFunction', ['=SUMMA(A1:A3)', '=OM(A1>0,1,0)', '=FOO(1)', '=SUMIFZ(A1:A2,"x")']],
  ['thisRow', ['=IOP_Avtal[#This Row,[Start]]', '=IOP_Avtal[[#This Row],[#All]]', '=IOP_Avtal[[@Start]]', '=IOP_Avtal[@]', '=IOP_Avtal[[#ThisRow],[Start]]']],
  ['separator', ['=SUM(1;2)', '=IF(A1>0;1;0)']],
  ['limit', [`="${'x'.repeat(256)}"`, `=${'('.repeat(70)}1${')'.repeat(70)}`.replace(/\(/g, 'ABS(')]],
  ['syntax', ['=', '=1+', '=SUM(A1)B2', '=#NOPE!', '=DeptSales[[#Headers],[#Totals]]', '=2x']],
];

describe("Excel's formula grammar: refused", () => {
  describe.each(REFUSED)('%s', (kind, formulas) => {
    it.each(formulas)('%s', (f) => {
      expect(formulaProblem(f, api())?.kind).toBe(kind);
    });
  });
});

describe('in a file', () => {
  it('stores functions added since the original format behind _xlfn. and refuses them without it', () => {
    expect(fileFormula('=IFS(A1>0,"ja",TRUE,"nej")&CONCAT("a","IFS(")')).toBe('=_xlfn.IFS(A1>0,"ja",TRUE,"nej")&_xlfn.CONCAT("a","IFS(")');
    expect(fileFormula('=SORT(A1:A3)+SUMIFS(A:A,B:B,1)')).toBe('=_xlfn._xlws.SORT(A1:A3)+SUMIFS(A:A,B:B,1)');
    expect(formulaProblem('=_xlfn.IFS(A1>0,1,TRUE,0)', file)).toBeNull();
    expect(formulaProblem('=_xlfn._xlws.SORT(A1:A3)', file)).toBeNull();
    expect(formulaProblem('=IFS(A1>0,1,TRUE,0)', file)?.kind).toBe('prefix');
    expect(formulaProblem('=_xlfn.SUM(A1)', file)?.kind).toBe('prefix');
    expect(formulaProblem('=_xlfn.IFS(A1>0,1,TRUE,0)', api())?.kind).toBe('prefix');
  });

  it('writes [#This Row] in full: the @ shorthand is typing syntax', () => {
    expect(fileFormula('=[@Start]+IOP_Avtal[@[Avtals-id]]&"[@x]"', 'IOP_Avtal')).toBe('=IOP_Avtal[[#This Row],[Start]]+IOP_Avtal[[#This Row],[Avtals-id]]&"[@x]"');
    expect(formulaProblem(fileFormula('=[@[Totalt/år]]*2', 'IOP_Avtal'), file)).toBeNull();
    expect(formulaProblem('=IOP_Avtal[[#This Row],[Start]]', file)).toBeNull();
    expect(formulaProblem('=IOP_Avtal[@Start]', file)?.kind).toBe('thisRow');
  });
});
