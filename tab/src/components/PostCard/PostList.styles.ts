import { makeStyles, tokens } from '@fluentui/react-components';

export const usePostListStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  caughtUp: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  caughtUpText: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  caughtUpNote: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
  more: {
    display: 'flex',
    justifyContent: 'center',
    padding: `${tokens.spacingVerticalM} 0`,
  },
  end: {
    textAlign: 'center',
    color: tokens.colorNeutralForeground3,
    padding: `${tokens.spacingVerticalM} 0`,
  },
  sentinel: {
    height: '1px',
  },
  skeleton: {
    // Invisible in light and dark; drawn in high contrast, where shadows disappear.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  skeletonHeader: {
    display: 'grid',
    gridTemplateColumns: '36px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
  },
  skeletonLines: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  short: {
    width: '40%',
  },
  medium: {
    width: '70%',
  },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
