import { makeStyles, tokens } from '@fluentui/react-components';

export const useGameNavStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  tabs: {
    overflowX: 'auto',
    maxWidth: '100%',
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabLabel: {
    '@media (max-width: 480px)': {
      display: 'none',
    },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    flexBasis: '320px',
    flexGrow: 1,
  },
  title: {
    margin: 0,
  },
  intro: {
    color: tokens.colorNeutralForeground2,
    maxWidth: '70ch',
  },
  skeleton: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  skeletonCards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  skeletonCard: {
    height: '96px',
    borderRadius: tokens.borderRadiusXLarge,
  },
  skeletonTall: {
    height: '180px',
    borderRadius: tokens.borderRadiusXLarge,
  },
  skeletonLine: {
    display: 'grid',
    gridTemplateColumns: '32px minmax(0, 1fr)',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
});
