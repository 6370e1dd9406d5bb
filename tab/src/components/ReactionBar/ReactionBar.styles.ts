import { makeStyles, tokens } from '@fluentui/react-components';

export const useReactionBarStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
  },
  button: {
    minWidth: 'auto',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  mine: {
    color: tokens.colorBrandForeground1,
  },
  count: {
    fontVariantNumeric: 'tabular-nums',
  },
});
