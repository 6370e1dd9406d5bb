import { Body1, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses } from '@fluentui/react-components';
import { CalendarClockRegular, DocumentCheckmarkRegular } from '@fluentui/react-icons';
import type { StockDto } from '../../../../contracts/editorial';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import { stockGauge } from './stockGauge';
import { useStockMeterStyles } from './StockMeter.styles';

const CX = 100;
const CY = 100;
const R = 80;

/** The point of the half circle at `fraction` (0 = left end, 1 = right end). */
function pointAt(fraction: number, radius = R): { x: number; y: number } {
  const angle = Math.PI * (1 - fraction);
  return { x: CX + radius * Math.cos(angle), y: CY - radius * Math.sin(angle) };
}

/** The arc from the left end to `fraction` (never more than half a circle, so the small-arc flag). */
function arc(from: number, to: number): string {
  const start = pointAt(from);
  const end = pointAt(to);
  return `M ${start.x.toFixed(2)} ${start.y.toFixed(2)} A ${R} ${R} 0 0 1 ${end.x.toFixed(2)} ${end.y.toFixed(2)}`;
}

/**
 * The content stock as a gauge (key 6): how many days of publishing the ready drafts and scheduled
 * posts cover at the community's cadence, against the warning line. A picture first, the sentence
 * under it ("12 days of content left at 3 posts a week"), and a warning when it runs low.
 */
export function StockMeter({ stock }: { stock: StockDto }) {
  const styles = useStockMeterStyles();
  const { t, formatNumber } = useI18n();
  const plural = usePlural();
  const gauge = stockGauge(stock);
  const cadence = formatNumber(stock.targetPostsPerWeek);
  const headline =
    gauge.days === null ? t('stock.noCadence') : plural('stock.daysLeft', gauge.days, { cadence });
  const tick = { inner: pointAt(gauge.warning, R - 14), outer: pointAt(gauge.warning, R + 14) };
  const label = pointAt(gauge.warning, R + 26);

  return (
    <div className={styles.root} data-testid="stock-meter" data-level={gauge.level}>
      <div
        className={styles.gauge}
        role="meter"
        aria-label={t('stock.label')}
        aria-valuemin={0}
        aria-valuemax={gauge.scaleDays}
        aria-valuenow={Math.min(gauge.days ?? 0, gauge.scaleDays)}
        aria-valuetext={headline}
      >
        <svg className={styles.svg} viewBox="-10 0 220 112" aria-hidden focusable="false">
          <path className={styles.track} d={arc(0, 1)} />
          {gauge.warning > 0 ? <path className={styles.zoneLow} d={arc(0, gauge.warning)} /> : null}
          {gauge.fill > 0 ? (
            <path
              className={mergeClasses(styles.fill, styles[gauge.level])}
              d={arc(0, Math.max(gauge.fill, 0.01))}
            />
          ) : null}
          {gauge.warning > 0 && gauge.warning < 1 ? (
            <>
              <line
                className={styles.tick}
                x1={tick.inner.x}
                y1={tick.inner.y}
                x2={tick.outer.x}
                y2={tick.outer.y}
              />
              <text className={styles.tickLabel} x={label.x} y={label.y} textAnchor="middle">
                {formatNumber(stock.warningDays)}
              </text>
            </>
          ) : null}
        </svg>
        <div className={styles.value} aria-hidden>
          <span className={styles.days}>{gauge.days === null ? '–' : formatNumber(gauge.days)}</span>
          <span className={styles.daysUnit}>{plural('stock.days', gauge.days ?? 0)}</span>
        </div>
      </div>
      <Body1 className={styles.headline} data-testid="stock-headline">
        {headline}
      </Body1>
      <div className={styles.counts}>
        <span className={styles.count}>
          <DocumentCheckmarkRegular aria-hidden />
          {plural('stock.readyDrafts', stock.readyDrafts)}
        </span>
        <span aria-hidden>·</span>
        <span className={styles.count}>
          <CalendarClockRegular aria-hidden />
          {plural('stock.scheduled', stock.scheduled)}
        </span>
      </div>
      {stock.low ? (
        <MessageBar intent="warning" layout="multiline" className={styles.message} data-testid="stock-low">
          <MessageBarBody>
            <MessageBarTitle>{t('stock.lowTitle')}</MessageBarTitle>{' '}
            {plural('stock.lowBody', stock.warningDays)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
