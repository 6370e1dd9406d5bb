import { makeStyles, tokens } from '@fluentui/react-components';

export const useShellStyles = makeStyles({
  root: {
    minHeight: '100%',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
  nav: {
    flexGrow: 1,
    // Grows from nothing: with many sections the row scrolls, and the avatar stays beside it.
    flexBasis: 0,
    minWidth: 0,
    // Animators have seven sections: on a phone the row scrolls instead of widening the page.
    overflowX: 'auto',
  },
  banner: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  main: {
    flexGrow: 1,
    width: '100%',
    maxWidth: '1080px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    boxSizing: 'border-box',
  },
  tabLabel: {
    '@media (max-width: 560px)': {
      display: 'none',
    },
  },
  avatarButton: {
    minWidth: 'auto',
    padding: 0,
  },
});
