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
  numeric: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
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
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});
