import { makeStyles, tokens } from '@fluentui/react-components';

export const useGoalEditorStyles = makeStyles({
  surface: {
    maxWidth: '640px',
    width: 'calc(100vw - 32px)',
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});
