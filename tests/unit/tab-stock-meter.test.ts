import { stockGauge } from '../../tab/src/components/StockMeter/stockGauge';

describe('The content stock meter', () => {
  it('says nothing about days when no cadence is set', () => {
    expect(stockGauge({ daysCovered: null, warningDays: 7, low: false })).toMatchObject({
      level: 'unknown',
      days: null,
      fill: 0,
    });
  });

  it('is low when the server says so (below the warning line)', () => {
    const gauge = stockGauge({ daysCovered: 4.7, warningDays: 7, low: true });
    expect(gauge.level).toBe('low');
    expect(gauge.days).toBe(4); // rounded down: never promise a day the stock does not have
    expect(gauge.fill).toBeLessThan(gauge.warning);
  });

  it('asks to watch from the warning line up to twice it, and is healthy beyond', () => {
    expect(stockGauge({ daysCovered: 7, warningDays: 7, low: false }).level).toBe('watch');
    expect(stockGauge({ daysCovered: 13.9, warningDays: 7, low: false }).level).toBe('watch');
    expect(stockGauge({ daysCovered: 14, warningDays: 7, low: false }).level).toBe('healthy');
  });

  it('scales to four weeks at least, or three times the warning line, and caps the needle', () => {
    expect(stockGauge({ daysCovered: 14, warningDays: 7, low: false })).toMatchObject({
      scaleDays: 28,
      fill: 0.5,
      warning: 0.25,
    });
    expect(stockGauge({ daysCovered: 30, warningDays: 20, low: false }).scaleDays).toBe(60);
    expect(stockGauge({ daysCovered: 400, warningDays: 7, low: false }).fill).toBe(1);
  });

  it('draws an empty stock as empty, and no warning line when warnings are off', () => {
    expect(stockGauge({ daysCovered: 0, warningDays: 7, low: true })).toMatchObject({ days: 0, fill: 0 });
    expect(stockGauge({ daysCovered: 10, warningDays: 0, low: false }).warning).toBe(0);
  });
});
