import { makeStyles, tokens } from '@fluentui/react-components';

export const useFeedStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  heading: {
    margin: 0,
    marginRight: 'auto',
  },
  headingBlock: {
    display: 'flex',
    flexDirection: 'column',
    marginRight: 'auto',
  },
  newCount: {
    color: tokens.colorBrandForeground1,
  },
  search: {
    flexGrow: 1,
    maxWidth: '360px',
    minWidth: '180px',
    '@media (max-width: 480px)': {
      maxWidth: 'none',
      order: 3,
      flexBasis: '100%',
    },
  },
  searchBox: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: 'none',
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 300px',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXL,
    '@media (max-width: 959px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
    },
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  side: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    position: 'sticky',
    top: tokens.spacingVerticalL,
  },
});
