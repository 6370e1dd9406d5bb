import { createI18n, registerMessages } from '../../tab/src/i18n/i18n';
import * as deliveries from '../../tab/src/i18n/messages/deliveries';
import {
  isInProgress,
  kindLabel,
  reasonText,
  segmentsOf,
  statusOf,
} from '../../tab/src/scenes/Deliveries/deliveriesModel';

registerMessages(deliveries.en, deliveries.fr);
const en = createI18n('en-US').t;
const fr = createI18n('fr-FR').t;

describe('The Deliveries page model', () => {
  it('draws the bar in a fixed order, leaving out empty statuses, sized by share', () => {
    expect(segmentsOf({ failed: 1, sent: 6, queued: 0, dropped: 1, retrying: 2 })).toEqual([
      { status: 'sent', count: 6, percent: 60 },
      { status: 'retrying', count: 2, percent: 20 },
      { status: 'failed', count: 1, percent: 10 },
      { status: 'dropped', count: 1, percent: 10 },
    ]);
    expect(segmentsOf({})).toEqual([]);
    expect(segmentsOf({ sent: 0, failed: -2 })).toEqual([]);
  });

  it('is in progress while anything is queued, sending or retrying', () => {
    expect(isInProgress({ sent: 3, queued: 1 })).toBe(true);
    expect(isInProgress({ sending: 1 })).toBe(true);
    expect(isInProgress({ retrying: 2, failed: 1 })).toBe(true);
    expect(isInProgress({ sent: 3, failed: 1, unreachable: 1, dropped: 4 })).toBe(false);
    expect(isInProgress({})).toBe(false);
  });

  it('reads the status filter from the address, and nothing else', () => {
    expect(statusOf('failed')).toBe('failed');
    expect(statusOf('FAILED')).toBeUndefined();
    expect(statusOf('toString')).toBeUndefined();
    expect(statusOf(null)).toBeUndefined();
  });

  it('says why a message is where it is, in plain English and French', () => {
    expect(reasonText('budget.optedOut', en)).toBe('The member switched off this kind of message.');
    expect(reasonText('budget.optedOut', fr)).toBe('Le membre a désactivé ce type de message.');
    expect(reasonText('budget.weeklyCap', fr)).toMatch(/nombre de messages de la semaine/);
    expect(reasonText('budget.quietHours', en)).toMatch(/quiet hours/);
    expect(reasonText('connector.403', en)).toBe(
      'Teams refused: Guildhall was removed or blocked in this chat.',
    );
    expect(reasonText('connector.404', fr)).toBe('Teams ne connaît plus cette conversation ou ce canal.');
    expect(reasonText('expired', fr)).toMatch(/^Trop tard/);
    expect(reasonText('interrupted', en)).toMatch(/not sent again/);
  });

  it('words unknown connector errors by family, and falls back to the code itself', () => {
    expect(reasonText('connector.503', en)).toBe('Teams had a temporary problem (error 503).');
    expect(reasonText('connector.400', fr)).toBe('Teams a refusé le message (erreur 400).');
    expect(reasonText('something.new', en)).toBe('Reason: something.new');
    expect(reasonText('something.new', fr)).toBe('Raison : something.new');
  });

  it('names each kind of campaign, and shows an unknown kind as it is', () => {
    expect(kindLabel('digest', en)).toBe('Weekly digest');
    expect(kindLabel('poll', fr)).toBe('Sondage');
    expect(kindLabel('surprise', en)).toBe('surprise');
  });
});
