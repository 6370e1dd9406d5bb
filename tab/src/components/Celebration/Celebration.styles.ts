import { makeStyles, tokens } from '@fluentui/react-components';

// A burst of paper that falls and fades once (about two seconds); nothing loops.
const fall = {
  '0%': { transform: 'translate3d(0, -12px, 0) rotate(0deg)', opacity: 1 },
  '80%': { opacity: 1 },
  '100%': { transform: 'translate3d(var(--drift), 150px, 0) rotate(var(--spin))', opacity: 0 },
};

const pop = {
  '0%': { transform: 'scale(0.4)', opacity: 0 },
  '60%': { transform: 'scale(1.12)', opacity: 1 },
  '100%': { transform: 'scale(1)', opacity: 1 },
};

export const useCelebrationStyles = makeStyles({
  root: {
    position: 'relative',
    overflow: 'hidden',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusXLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
  },
  confetti: {
    position: 'absolute',
    inset: 0,
    pointerEvents: 'none',
    '@media (prefers-reduced-motion: reduce)': {
      display: 'none',
    },
  },
  piece: {
    position: 'absolute',
    top: 0,
    width: '7px',
    height: '12px',
    borderRadius: '2px',
    opacity: 0,
    animationName: fall,
    animationDuration: '1.8s',
    animationTimingFunction: 'cubic-bezier(0.2, 0.6, 0.4, 1)',
    animationFillMode: 'both',
    animationIterationCount: 1,
  },
  medals: {
    display: 'flex',
    alignItems: 'center',
    flexShrink: 0,
    // The medallions overlap a little, like a handful of coins.
    '& > *:not(:first-child)': {
      marginLeft: '-14px',
    },
  },
  medal: {
    boxShadow: `0 0 0 3px ${tokens.colorBrandBackground2}`,
    animationName: pop,
    animationDuration: '600ms',
    animationTimingFunction: tokens.curveDecelerateMid,
    animationFillMode: 'both',
    '@media (prefers-reduced-motion: reduce)': {
      animationName: 'none',
    },
  },
  more: {
    marginLeft: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    flexGrow: 1,
    flexBasis: '260px',
    minWidth: 0,
  },
  title: {
    margin: 0,
  },
  names: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
  },
  when: {
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  close: {
    position: 'absolute',
    top: tokens.spacingVerticalS,
    right: tokens.spacingHorizontalS,
  },
  announce: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});
