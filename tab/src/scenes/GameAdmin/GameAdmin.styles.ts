import { makeStyles, tokens } from '@fluentui/react-components';

const panel = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalM,
  padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  borderRadius: tokens.borderRadiusXLarge,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow4,
  minWidth: 0,
  '@media (max-width: 480px)': {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
} as const;

export const useGameAdminStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  title: {
    margin: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
  tabs: {
    // On a phone the sections wrap rather than scroll, so none is hidden off screen.
    flexWrap: 'wrap',
    maxWidth: '100%',
  },
  panels: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  panel,
  panelTitle: {
    margin: 0,
  },
  tableWrap: {
    overflowX: 'auto',
    maxWidth: '100%',
  },
  table: {
    width: '100%',
    maxWidth: '640px',
    borderCollapse: 'collapse',
    '& th': {
      textAlign: 'start',
      fontWeight: tokens.fontWeightSemibold,
      color: tokens.colorNeutralForeground2,
      fontSize: tokens.fontSizeBase200,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
      verticalAlign: 'top',
    },
  },
  actionCell: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '32px',
    overflowWrap: 'anywhere',
  },
  actionIcon: {
    fontSize: '18px',
    color: tokens.colorNeutralForeground2,
    flexShrink: 0,
  },
  number: {
    width: '96px',
    minWidth: 0,
    '@media (max-width: 480px)': {
      width: '72px',
    },
  },
  fill: {
    width: '100%',
    minWidth: 0,
  },
  inlineField: {
    maxWidth: '360px',
  },
  rows: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  fieldset: {
    margin: 0,
    minWidth: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr) minmax(0, 2fr) auto',
    alignItems: 'start',
    gap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    // Disjoint ranges: Griffel does not keep the source order of overlapping media queries.
    '@media (min-width: 421px) and (max-width: 720px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    },
    '@media (max-width: 420px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
    },
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  add: {
    alignSelf: 'flex-start',
  },
  removeCell: {
    // Level with the inputs (below their labels), even when a message under a field grows the row.
    alignSelf: 'start',
    marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})`,
    '@media (max-width: 420px)': {
      marginTop: 0,
    },
  },
  badgeFieldset: {
    margin: 0,
    minWidth: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    '@media (max-width: 560px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
    },
  },
  badgeLegend: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  wide: {
    gridColumn: '1 / -1',
  },
  icons: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  badgeFooter: {
    gridColumn: '1 / -1',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalM,
  },
  ruleField: {
    flexGrow: 1,
    minWidth: '180px',
  },
  saveRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  cardActions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  pair: {
    display: 'grid',
    alignItems: 'start',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 560px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
    },
  },
  triple: {
    display: 'grid',
    alignItems: 'start',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 560px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
    },
  },
  surface: {
    maxWidth: '640px',
    width: 'calc(100vw - 32px)',
  },
  requestActions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  more: {
    alignSelf: 'center',
  },
  seasonNow: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  seasonIcon: {
    fontSize: '32px',
    color: tokens.colorBrandForeground1,
    flexShrink: 0,
  },
  mismatches: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    maxHeight: '240px',
    overflowY: 'auto',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});
