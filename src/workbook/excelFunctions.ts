/**
 * Excel's worksheet functions by their English names, in two groups that matter in a file:
 * - those of the original file format (ECMA-376 Part 1, §18.17.7 "Predefined Function Definitions"), which a
 *   file stores as they are written, and
 * - the "future functions" added since (Excel 2010 and later), which a file stores with the prefix `_xlfn.`
 *   (`_xlfn._xlws.` for FILTER and SORT); without it Excel shows #NAME? (Microsoft, "Issue: An _xlfn. prefix is
 *   displayed in front of a formula").
 * Through the JavaScript API (`Range.formulas`) every name is written without a prefix, in English, arguments separated
 * by commas.
 */
const ORIGINAL = `ABS ACCRINT ACCRINTM ACOS ACOSH ADDRESS AMORDEGRC AMORLINC AND AREAS ASC ASIN ASINH ATAN ATAN2 ATANH AVEDEV
AVERAGE AVERAGEA AVERAGEIF AVERAGEIFS BAHTTEXT BESSELI BESSELJ BESSELK BESSELY BETADIST BETAINV BIN2DEC BIN2HEX BIN2OCT
BINOMDIST CALL CEILING CELL CHAR CHIDIST CHIINV CHITEST CHOOSE CLEAN CODE COLUMN COLUMNS COMBIN COMPLEX CONCATENATE
CONFIDENCE CONVERT CORREL COS COSH COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS COUPDAYBS COUPDAYS COUPDAYSNC COUPNCD COUPNUM
COUPPCD COVAR CRITBINOM CUBEKPIMEMBER CUBEMEMBER CUBEMEMBERPROPERTY CUBERANKEDMEMBER CUBESET CUBESETCOUNT CUBEVALUE
CUMIPMT CUMPRINC DATE DATEDIF DATEVALUE DAVERAGE DAY DAYS360 DB DCOUNT DCOUNTA DDB DEC2BIN DEC2HEX DEC2OCT DEGREES DELTA
DEVSQ DGET DISC DMAX DMIN DOLLAR DOLLARDE DOLLARFR DPRODUCT DSTDEV DSTDEVP DSUM DURATION DVAR DVARP EDATE EFFECT EOMONTH
ERF ERFC ERROR.TYPE EVEN EXACT EXP EXPONDIST FACT FACTDOUBLE FALSE FDIST FIND FINDB FINV FISHER FISHERINV FIXED FLOOR
FORECAST FREQUENCY FTEST FV FVSCHEDULE GAMMADIST GAMMAINV GAMMALN GCD GEOMEAN GESTEP GETPIVOTDATA GROWTH HARMEAN HEX2BIN
HEX2DEC HEX2OCT HLOOKUP HOUR HYPERLINK HYPGEOMDIST IF IFERROR IMABS IMAGINARY IMARGUMENT IMCONJUGATE IMCOS IMDIV IMEXP
IMLN IMLOG10 IMLOG2 IMPOWER IMPRODUCT IMREAL IMSIN IMSQRT IMSUB IMSUM INDEX INDIRECT INFO INT INTERCEPT INTRATE IPMT IRR
ISBLANK ISERR ISERROR ISEVEN ISLOGICAL ISNA ISNONTEXT ISNUMBER ISODD ISPMT ISREF ISTEXT JIS KURT LARGE LCM LEFT LEFTB LEN
LENB LINEST LN LOG LOG10 LOGEST LOGINV LOGNORMDIST LOOKUP LOWER MATCH MAX MAXA MDETERM MDURATION MEDIAN MID MIDB MIN MINA
MINUTE MINVERSE MIRR MMULT MOD MODE MONTH MROUND MULTINOMIAL N NA NEGBINOMDIST NETWORKDAYS NOMINAL NORMDIST NORMINV
NORMSDIST NORMSINV NOT NOW NPER NPV OCT2BIN OCT2DEC OCT2HEX ODD ODDFPRICE ODDFYIELD ODDLPRICE ODDLYIELD OFFSET OR PEARSON
PERCENTILE PERCENTRANK PERMUT PHONETIC PI PMT POISSON POWER PPMT PRICE PRICEDISC PRICEMAT PROB PRODUCT PROPER PV QUARTILE
QUOTIENT RADIANS RAND RANDBETWEEN RANK RATE RECEIVED REGISTER.ID REPLACE REPLACEB REPT RIGHT RIGHTB ROMAN ROUND ROUNDDOWN
ROUNDUP ROW ROWS RSQ RTD SEARCH SEARCHB SECOND SERIESSUM SIGN SIN SINH SKEW SLN SLOPE SMALL SQL.REQUEST SQRT SQRTPI
STANDARDIZE STDEV STDEVA STDEVP STDEVPA STEYX SUBSTITUTE SUBTOTAL SUM SUMIF SUMIFS SUMPRODUCT SUMSQ SUMX2MY2 SUMX2PY2
SUMXMY2 SYD T TAN TANH TBILLEQ TBILLPRICE TBILLYIELD TDIST TEXT TIME TIMEVALUE TINV TODAY TRANSPOSE TREND TRIM TRIMMEAN
TRUE TRUNC TTEST TYPE UPPER USDOLLAR VALUE VAR VARA VARP VARPA VDB VLOOKUP WEEKDAY WEEKNUM WEIBULL WORKDAY XIRR XNPV YEAR
YEARFRAC YIELD YIELDDISC YIELDMAT ZTEST`;

const FUTURE = `ACOT ACOTH AGGREGATE ARABIC ARRAYTOTEXT BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND
BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT
CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC CSCH
DAYS DECIMAL DROP ECMA.CEILING ENCODEURL ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST
FIELDVALUE FILTERXML FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT
FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS GROUPBY HSTACK HYPGEOM.DIST IFNA IFS IMAGE
IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA ISO.CEILING ISOMITTED ISOWEEKNUM LAMBDA LET LOGNORM.DIST
LOGNORM.INV MAKEARRAY MAP MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV
NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC PERCENTILE.INC PERCENTOF PERCENTRANK.EXC PERCENTRANK.INC
PERMUTATIONA PHI PIVOTBY POISSON.DIST QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ REDUCE REGEXEXTRACT REGEXREPLACE
REGEXTEST RRI SCAN SEC SECH SEQUENCE SHEET SHEETS SKEW.P SORTBY STDEV.P STDEV.S STOCKHISTORY SWITCH T.DIST T.DIST.2T
T.DIST.RT T.INV T.INV.2T T.TEST TAKE TEXTAFTER TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL TOROW TRIMRANGE UNICHAR UNICODE UNIQUE
VALUETOTEXT VAR.P VAR.S VSTACK WEBSERVICE WEIBULL.DIST WORKDAY.INTL WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST`;

/** Future functions a file stores as `_xlfn._xlws.NAME`. */
const WORKSHEET_FUTURE = ['FILTER', 'SORT'];

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Functions of the original file format: stored without a prefix. */
export const ORIGINAL_FUNCTIONS: ReadonlySet<string> = new Set(words(ORIGINAL));
/** Functions added since, by the prefix a file stores before them. */
export const FUTURE_FUNCTIONS: ReadonlyMap<string, string> = new Map([...words(FUTURE).map((f) => [f, '_xlfn.'] as const), ...WORKSHEET_FUTURE.map((f) => [f, '_xlfn._xlws.'] as const)]);

/** Whether Excel has a worksheet function of this English name (any case). */
export function isExcelFunction(name: string): boolean {
  const upper = name.toUpperCase();
  return ORIGINAL_FUNCTIONS.has(upper) || FUTURE_FUNCTIONS.has(upper);
}

// `Table[@Col]`, `[@Col]`, `[@[Col name]]`: the typed this-row forms (a column name's ' escapes kept).
const NEVER = /(?!)/g;
const THIS_ROW = /([\p{L}_\\][\p{L}\p{N}_.\\]*)?\[@(?:\[((?:'.|[^'\]])*)\]|((?:'.|[^'[\]])+))\]/gu;

/**
 * A formula as a file stores it: every future function behind its prefix, and the typed this-row forms
 * (`[@Start]`, `IOP_Avtal[@[Avtals-id]]`) written out as `IOP_Avtal[[#This Row],[Start]]` (a table-less one
 * names `hostTable`, the table that holds the cell). Text in quotes is left alone.
 * @example fileFormula('=IFS(A1>0,1,TRUE,0)') // '=_xlfn.IFS(A1>0,1,TRUE,0)'
 * @example fileFormula('=[@Start]+1', 'IOP_Avtal') // '=IOP_Avtal[[#This Row],[Start]]+1'
 */
export function fileFormula(formula: string, hostTable?: string): string {
  // A calculated column repeats one formula in every row: a workbook of 1 000 agreements converts the same few
  // hundred texts tens of thousands of times, so each conversion is remembered (a bounded cache).
  const key = `${hostTable ?? ''}\u0000${formula}`;
  const known = converted.get(key);
  if (known !== undefined) return known;
  const result = convertFormula(formula, hostTable);
  if (converted.size >= 4096) converted.clear();
  converted.set(key, result);
  return result;
}

const converted = new Map<string, string>();

function convertFormula(formula: string, hostTable: string | undefined): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/(?<![\p{L}\p{N}_.\\])([A-Za-z][A-Za-z0-9.]*)\(/gu, (whole, name: string) => {
              const prefix = FUTURE_FUNCTIONS.get(name.toUpperCase());
              return prefix ? `${prefix}${name}(` : whole;
            })
            // Most parts hold no typed this-row form; the pattern's optional table name makes it slow to run for nothing.
            .replace(part.includes('[@') ? THIS_ROW : NEVER, (whole, table: string | undefined, inner: string | undefined, bare: string | undefined) => {
              const name = table ?? hostTable;
              return name ? `${name}[[#This Row],[${inner ?? bare}]]` : whole;
            }),
    )
    .join('');
}
