import { makeStyles, tokens } from '@fluentui/react-components';

export const useSavedStyles = makeStyles({
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
    gap: tokens.spacingVerticalXXS,
  },
  heading: {
    margin: 0,
  },
  intro: {
    color: tokens.colorNeutralForeground2,
  },
});
