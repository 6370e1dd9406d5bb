import { makeStyles, tokens } from '@fluentui/react-components';

export const useCircleFormStyles = makeStyles({
  surface: {
    maxWidth: '640px',
    width: 'calc(100vw - 32px)',
    boxSizing: 'border-box',
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  choice: {
    display: 'flex',
    flexDirection: 'column',
  },
  explain: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  tags: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
});
