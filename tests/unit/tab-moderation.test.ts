import type { QueueItemDto } from '../../contracts/moderation';
import { actionsFor, excerpt, noteProblem, reasonCounts } from '../../tab/src/scenes/Moderation/queueItem';
import { addWord } from '../../tab/src/scenes/Moderation/watchedWords';

const item = (status: string, reports: QueueItemDto['reports'] = []): QueueItemDto =>
  ({
    targetType: 'post',
    post: { id: 'p1', status },
    comment: null,
    reports,
    heldReason: null,
    firstFlaggedAt: '2025-12-01T10:00:00.000Z',
  }) as unknown as QueueItemDto;

const report = (reason: QueueItemDto['reports'][number]['reason']) => ({
  reason,
  note: '',
  at: '2025-12-01T10:00:00.000Z',
});

describe('The moderation queue', () => {
  it('counts reports by reason, most frequent first', () => {
    expect(reasonCounts([report('harassment'), report('spam'), report('spam')])).toEqual([
      { reason: 'spam', count: 2 },
      { reason: 'harassment', count: 1 },
    ]);
  });

  it('offers hide, warn and dismiss on a reported post; restore on a hidden one; no dismiss without reports', () => {
    expect(actionsFor(item('published', [report('spam')]))).toEqual(['hide', 'warn', 'dismiss']);
    expect(actionsFor(item('hidden', [report('spam')]))).toEqual(['restore', 'warn', 'dismiss']);
    expect(actionsFor(item('held'))).toEqual(['hide', 'restore', 'warn']);
  });

  it('wants a warning to say what to change (10 characters), and nothing for the other actions', () => {
    expect(noteProblem('warn', ' too short ')).toBe('tooShort');
    expect(noteProblem('warn', 'Please remove the customer names.')).toBeUndefined();
    expect(noteProblem('hide', '')).toBeUndefined();
  });

  it('previews long texts at a word boundary', () => {
    expect(excerpt('short  text\n here')).toBe('short text here');
    const long = excerpt('word '.repeat(100), 30);
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(31);
  });
});

describe('The watched words list', () => {
  it('adds a trimmed word once, whatever its case', () => {
    expect(addWord(['spam'], '  scam ')).toEqual({ ok: true, words: ['spam', 'scam'] });
    expect(addWord(['spam'], 'SPAM')).toEqual({ ok: false, problem: 'duplicate' });
  });

  it('refuses words outside 2 to 60 characters, and a 501st word', () => {
    expect(addWord([], 'a')).toEqual({ ok: false, problem: 'tooShort' });
    expect(addWord([], 'a'.repeat(61))).toEqual({ ok: false, problem: 'tooLong' });
    const full = Array.from({ length: 500 }, (_, i) => `word${i}`);
    expect(addWord(full, 'another')).toEqual({ ok: false, problem: 'tooMany' });
  });
});
