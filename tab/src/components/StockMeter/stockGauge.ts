import type { StockDto } from '../../../../contracts/editorial';

/** How the stock looks: no cadence set, below the warning line, getting close to it, or comfortable. */
export type StockLevel = 'unknown' | 'low' | 'watch' | 'healthy';

/** What the meter draws. */
export interface StockGauge {
  level: StockLevel;
  /** Whole days covered (rounded down: the meter never promises a day it does not have). */
  days: number | null;
  /** Days at the right end of the scale. */
  scaleDays: number;
  /** How far the needle goes, 0 to 1 (capped: a huge stock fills the gauge). */
  fill: number;
  /** Where the warning line sits, 0 to 1. */
  warning: number;
}

/** The smallest scale: four weeks, so a fresh community with a week of stock sees a partly full gauge. */
const MIN_SCALE_DAYS = 28;

/**
 * Turns the API's stock into a gauge. The server decides `low` (its threshold is the community's
 * setting); "watch" starts at twice the warning line, so animators see it coming.
 */
export function stockGauge(stock: Pick<StockDto, 'daysCovered' | 'warningDays' | 'low'>): StockGauge {
  const scaleDays = Math.max(MIN_SCALE_DAYS, stock.warningDays * 3);
  const warning = Math.min(stock.warningDays / scaleDays, 1);
  if (stock.daysCovered === null) return { level: 'unknown', days: null, scaleDays, fill: 0, warning };
  const days = Math.max(0, Math.floor(stock.daysCovered));
  const level: StockLevel = stock.low
    ? 'low'
    : stock.daysCovered < stock.warningDays * 2
      ? 'watch'
      : 'healthy';
  return { level, days, scaleDays, fill: Math.min(Math.max(stock.daysCovered, 0) / scaleDays, 1), warning };
}
