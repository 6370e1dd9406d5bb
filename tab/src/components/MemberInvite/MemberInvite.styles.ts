import { makeStyles, tokens } from '@fluentui/react-components';

export const useMemberInviteStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  field: {
    flexGrow: 1,
    minWidth: 'min(100%, 280px)',
  },
});
