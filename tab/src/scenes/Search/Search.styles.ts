import { makeStyles, tokens } from '@fluentui/react-components';

export const useSearchStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '820px',
    width: '100%',
    margin: '0 auto',
    minWidth: 0,
  },
  top: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  form: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  searchBox: {
    boxSizing: 'border-box',
    flexGrow: 1,
    minWidth: '200px',
    maxWidth: 'none',
  },
  summary: {
    color: tokens.colorNeutralForeground2,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  sectionTitle: {
    margin: 0,
  },
  circles: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  circle: {
    // Invisible in light and dark; drawn in high contrast, where shadows disappear.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    height: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  circleName: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  circleMeta: {
    color: tokens.colorNeutralForeground3,
  },
  tips: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    textAlign: 'left',
    color: tokens.colorNeutralForeground2,
  },
});
