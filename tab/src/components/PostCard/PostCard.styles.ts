import { makeStyles, tokens } from '@fluentui/react-components';

export const usePostCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    minWidth: 0,
    '@media (max-width: 480px)': {
      padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    },
  },
  cardNew: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
  },
  context: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
    marginBottom: `calc(-1 * ${tokens.spacingVerticalS})`,
  },
  contextIcon: {
    fontSize: '16px',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  byline: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    // The byline keeps at least this much room; the badges go to their own line before it shrinks.
    flexBasis: '220px',
    minWidth: 0,
    '@media (max-width: 480px)': {
      flexBasis: '0',
    },
  },
  author: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minWidth: 0,
  },
  circleLink: {
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    justifyContent: 'flex-end',
    flexShrink: 0,
    // On phones the badges take a line of their own under the byline, aligned with it.
    '@media (max-width: 480px)': {
      order: 3,
      flexBasis: '100%',
      boxSizing: 'border-box',
      justifyContent: 'flex-start',
      paddingLeft: `calc(36px + ${tokens.spacingHorizontalM})`,
    },
  },
  menu: {
    flexShrink: 0,
    marginLeft: 'auto',
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  titleFull: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    '@media (max-width: 480px)': {
      fontSize: tokens.fontSizeBase600,
      lineHeight: tokens.lineHeightBase600,
    },
  },
  titleLink: {
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': {
      textDecorationLine: 'underline',
      color: tokens.colorNeutralForeground1,
    },
  },
  kudosValue: {
    display: 'inline-flex',
    alignSelf: 'flex-start',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorPaletteBerryBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
  },
  kudosHeart: {
    flexShrink: 0,
    fontSize: '18px',
    color: tokens.colorPaletteBerryForeground1,
  },
  body: {
    minWidth: 0,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground1,
  },
  clamped: {
    maxHeight: '9.5em',
    overflow: 'hidden',
    maskImage: 'linear-gradient(to bottom, black 60%, transparent)',
  },
  readMore: {
    alignSelf: 'flex-start',
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
  },
  tags: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  tag: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    textDecorationLine: 'none',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground3Hover,
      color: tokens.colorNeutralForeground2Hover,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  spacer: {
    flexGrow: 1,
  },
  saved: {
    color: tokens.colorBrandForeground1,
  },
});
