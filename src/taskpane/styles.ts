import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the views; Griffel injects these at runtime (the page's CSP allows inline styles). */
export const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: 'flex-end' },
  // A shared 8rem basis (not the content's width) keeps two short fields side by side in the 350 px pane;
  // minWidth 0 lets a field with long content (a select of agreement names) shrink instead of overflowing.
  // The children too: an input's intrinsic width (20 characters) would otherwise push past the field.
  grow: { flexGrow: 1, flexShrink: 1, flexBasis: '8rem', minWidth: 0, '& > *': { minWidth: 0 } },
  /** A field for a short value (a year) beside a growing one. */
  narrow: { flexGrow: 0, flexShrink: 0, flexBasis: '7rem', minWidth: 0 },
  /** For a native select whose options are long: its width follows the pane, not the longest option. */
  shrink: { minWidth: 0, maxWidth: '100%' },
  fieldset: {
    // A fieldset is at least as wide as its content by default: one long party name in a select widened the
    // whole group past the pane.
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  snippet: {
    margin: 0,
    padding: tokens.spacingVerticalXS + ' ' + tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  warningSource: { margin: `${tokens.spacingVerticalXS} 0 0`, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  nameRow: { textAlign: 'left', paddingTop: tokens.spacingVerticalXS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  numeric: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', paddingLeft: tokens.spacingHorizontalS },
  /** An amount the document does not give: words, so they may wrap. */
  unknownAmount: { textAlign: 'right', color: tokens.colorNeutralForeground2 },
  /** A numeric column's header: right-aligned like its figures, but allowed to wrap in the narrow pane. */
  numericHead: { textAlign: 'right', verticalAlign: 'bottom', paddingLeft: tokens.spacingHorizontalS },
  dropZone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    textAlign: 'center',
  },
  dropZoneActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  steps: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, listStyleType: 'none', padding: 0, margin: 0 },
  step: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  currentStep: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  changes: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, maxHeight: '50vh', overflowY: 'auto' },
  change: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  changeField: { fontWeight: tokens.fontWeightSemibold },
  changeValue: { margin: 0, overflowWrap: 'anywhere' },
  keyFigures: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  keyTerm: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  keyValue: { margin: 0, overflowWrap: 'anywhere' },
  details: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  method: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalXS },
  linkButton: { padding: 0, minWidth: 0, height: 'auto', textAlign: 'left', textDecoration: 'underline' },
  /** A table's caption: what the table holds and which figure it shows, left-aligned above it. */
  caption: { textAlign: 'left', captionSide: 'top', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, paddingBottom: tokens.spacingVerticalXS },
  /** Why a row is counted as it is (an inferred start), under its name. */
  rowNote: { display: 'block', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100 },
  footLabel: { textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  reasonName: { fontWeight: tokens.fontWeightSemibold },
  groupLine: { display: 'block' },
  compactRows: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  compactRow: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  compactHead: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  /** Term and value on one line, the value wrapping under itself: "Målgrupp  förberedande arbetsträning". */
  compactFields: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    '& dt': { color: tokens.colorNeutralForeground2 },
    '& dd': { margin: 0 },
  },
  errorText: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});
