import { makeStyles, tokens } from '@fluentui/react-components';

export const useStockMeterStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    textAlign: 'center',
  },
  gauge: {
    position: 'relative',
    width: '100%',
    maxWidth: '240px',
  },
  svg: {
    display: 'block',
    width: '100%',
    height: 'auto',
    overflow: 'visible',
  },
  track: {
    fill: 'none',
    stroke: tokens.colorNeutralStroke2,
    // Thinner than the fill: the two stay apart even where a theme gives them the same colour (high contrast).
    strokeWidth: '6px',
    strokeLinecap: 'round',
  },
  zoneLow: {
    fill: 'none',
    stroke: tokens.colorPaletteRedBorder1,
    strokeWidth: '4px',
  },
  fill: {
    fill: 'none',
    strokeWidth: '16px',
    strokeLinecap: 'round',
  },
  low: { stroke: tokens.colorPaletteRedForeground1 },
  watch: { stroke: tokens.colorPaletteMarigoldForeground1 },
  healthy: { stroke: tokens.colorPaletteGreenForeground1 },
  unknown: { stroke: tokens.colorNeutralForeground3 },
  tick: {
    stroke: tokens.colorNeutralForeground1,
    strokeWidth: '3px',
  },
  tickLabel: {
    fill: tokens.colorNeutralForeground2,
    fontSize: '11px',
  },
  value: {
    position: 'absolute',
    left: 0,
    right: 0,
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    lineHeight: 1,
  },
  days: {
    fontSize: tokens.fontSizeHero800,
    fontWeight: tokens.fontWeightBold,
    lineHeight: tokens.lineHeightHero800,
    color: tokens.colorNeutralForeground1,
  },
  daysUnit: {
    color: tokens.colorNeutralForeground2,
  },
  headline: {
    fontWeight: tokens.fontWeightSemibold,
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  count: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
  },
  message: {
    textAlign: 'start',
    width: '100%',
  },
});
