import type { ProgressDto } from '../../contracts/gamification';
import { kudosChanges } from '../../tab/src/hooks/composerModel';
import {
  allowanceAfter,
  boardPeriodOf,
  createIntentKeys,
  kudosProblems,
  levelStanding,
  medalOf,
  myStanding,
  newRequestKey,
  postOfSource,
  REQUEST_KEY,
  rewardBlock,
  signedPoints,
  stockLevel,
  uncelebrated,
} from '../../tab/src/hooks/gameModel';
import { routeOf } from '../../tab/src/hooks/useHashRoute';
import { findValue } from '../../tab/src/hooks/useKudosValue';
import { hashForSubPage } from '../../tab/src/teams/host';

const level = (overrides: Partial<ProgressDto['level']> = {}): ProgressDto['level'] => ({
  index: 1,
  name: { en: 'Contributor' },
  threshold: 50,
  next: { threshold: 200, name: { en: 'Regular' } },
  progress: 0.5,
  ...overrides,
});

describe('levelStanding', () => {
  it('fills the bar from the server’s fraction and counts the points left to the next level', () => {
    expect(levelStanding({ points: 157, level: level({ progress: 107 / 150 }) })).toEqual({
      percent: 71,
      toNext: 43,
    });
  });

  it('keeps the bar within 0..100 and never counts negative points left', () => {
    expect(levelStanding({ points: 250, level: level({ progress: 1.4 }) })).toEqual({
      percent: 100,
      toNext: 0,
    });
    expect(levelStanding({ points: 10, level: level({ progress: -0.2 }) }).percent).toBe(0);
  });

  it('computes the fraction itself when the server’s is not a number', () => {
    expect(levelStanding({ points: 125, level: level({ progress: Number.NaN }) })).toEqual({
      percent: 50,
      toNext: 75,
    });
  });

  it('is full, with nothing left, at the top level', () => {
    expect(levelStanding({ points: 5000, level: level({ next: null, progress: 1 }) })).toEqual({
      percent: 100,
      toNext: undefined,
    });
  });
});

describe('history helpers', () => {
  it('links entries made for a post, and nothing else (demo history has no post)', () => {
    expect(postOfSource('post:welcome-announcement')).toBe('welcome-announcement');
    expect(postOfSource('demo:history')).toBeUndefined();
    expect(postOfSource('post:')).toBeUndefined();
    expect(postOfSource('post:../../admin')).toBeUndefined();
    expect(postOfSource('kudos:abc')).toBeUndefined();
  });

  it('signs points: gains with +, reversals with a true minus, capped entries as 0', () => {
    expect(signedPoints(5)).toBe('+5');
    expect(signedPoints(-15)).toBe('\u221215');
    expect(signedPoints(0)).toBe('0');
    expect(signedPoints(1500, (n) => n.toLocaleString('en-US'))).toBe('+1,500');
  });

  it('celebrates only what was not celebrated, in the order it was earned', () => {
    const badge = (id: string, earnedAt: string, celebrated: boolean) =>
      ({ id, earnedAt, celebrated }) as ProgressDto['badges'][number];
    expect(
      uncelebrated([
        badge('late', '2026-10-02T00:00:00Z', false),
        badge('seen', '2026-09-01T00:00:00Z', true),
        badge('early', '2026-09-15T00:00:00Z', false),
      ]).map((b) => b.id),
    ).toEqual(['early', 'late']);
  });
});

describe('leaderboards', () => {
  it('gives medals to the first three ranks (ties share them) and none after', () => {
    expect([1, 1, 2, 3, 4, 50].map(medalOf)).toEqual([
      'gold',
      'gold',
      'silver',
      'bronze',
      undefined,
      undefined,
    ]);
  });

  it('reads the period from the address, falling back to this week', () => {
    expect(boardPeriodOf('month')).toBe('month');
    expect(boardPeriodOf('all')).toBe('all');
    expect(boardPeriodOf('year')).toBe('week');
    expect(boardPeriodOf(null)).toBe('week');
  });

  it('says where I stand: ranked, kept off public boards (where I would be), or not on the board yet', () => {
    expect(myStanding({ me: { rank: 3, points: 40, optedOut: false } })).toEqual({
      kind: 'ranked',
      rank: 3,
      points: 40,
    });
    expect(myStanding({ me: { rank: 2, points: 90, optedOut: true } })).toEqual({
      kind: 'hidden',
      rank: 2,
      points: 90,
    });
    expect(myStanding({ me: { rank: 7, points: 0, optedOut: false } })).toEqual({ kind: 'none' });
  });
});

describe('rewards', () => {
  const reward = { active: true, stock: 3 as number | null, mine: 0, perMemberLimit: 1, cost: 150 };

  it('can be redeemed when offered, in stock, under the limit and affordable', () => {
    expect(rewardBlock(reward, 150)).toBeUndefined();
  });

  it('says why not, the first reason first', () => {
    expect(rewardBlock({ ...reward, active: false, stock: 0 }, 0)).toEqual({ reason: 'inactive' });
    expect(rewardBlock({ ...reward, stock: 0 }, 0)).toEqual({ reason: 'outOfStock' });
    expect(rewardBlock({ ...reward, mine: 1 }, 0)).toEqual({ reason: 'limitReached', limit: 1 });
    expect(rewardBlock(reward, 100)).toEqual({ reason: 'notEnoughPoints', missing: 50 });
    expect(rewardBlock({ ...reward, stock: null }, 1000)).toBeUndefined();
  });

  it('tells unlimited, what is left, and out of stock apart', () => {
    expect(stockLevel(null)).toEqual({ kind: 'unlimited' });
    expect(stockLevel(3)).toEqual({ kind: 'left', count: 3 });
    expect(stockLevel(0)).toEqual({ kind: 'out' });
  });
});

describe('request keys: one per intent', () => {
  it('makes keys the API accepts', () => {
    for (let i = 0; i < 20; i++) expect(newRequestKey()).toMatch(REQUEST_KEY);
    expect(new Set(Array.from({ length: 50 }, newRequestKey)).size).toBe(50);
  });

  it('gives the same key for the same intent until it succeeds, then a new one', () => {
    let n = 0;
    const intents = createIntentKeys(() => `key-number-${++n}`);
    const first = intents.keyFor('reward-mug');
    // A double click, a retry after an error, reopening the dialog after a lost answer: same key.
    expect(intents.keyFor('reward-mug')).toBe(first);
    expect(intents.keyFor('reward-mug')).toBe(first);
    // Another reward is another intent.
    expect(intents.keyFor('reward-coffee')).not.toBe(first);
    intents.settle('reward-mug');
    const second = intents.keyFor('reward-mug');
    expect(second).not.toBe(first);
    expect(intents.keyFor('reward-mug')).toBe(second);
    expect(n).toBe(3);
  });

  it('refuses to use a key the API would reject', () => {
    const intents = createIntentKeys(() => 'short');
    expect(() => intents.keyFor('reward-mug')).toThrow(/not a valid request key/);
  });
});

describe('kudos', () => {
  const alex = { id: 'alex', displayName: 'Alex Morgan' };

  it('needs someone else, a value and a message', () => {
    expect(kudosProblems({ to: alex, value: 'Share early', message: 'Thanks!' }, 'me')).toEqual([]);
    expect(kudosProblems({ to: undefined, value: undefined, message: '  ' }, 'me')).toEqual([
      'to',
      'value',
      'message',
    ]);
    expect(kudosProblems({ to: alex, value: 'Share early', message: 'Thanks' }, 'alex')).toEqual(['to']);
    expect(kudosProblems({ to: alex, value: 'Share early', message: 'x'.repeat(1001) }, 'me')).toEqual([
      'message',
    ]);
  });

  it('counts kudos just sent against the allowance, never below zero', () => {
    const allowance = { perWeek: 5, used: 1, remaining: 4, week: '2026-W48' };
    expect(allowanceAfter(allowance, 0)).toEqual(allowance);
    expect(allowanceAfter(allowance, 1)).toEqual({ ...allowance, used: 2, remaining: 3 });
    expect(allowanceAfter(allowance, 9)).toEqual({ ...allowance, used: 5, remaining: 0 });
  });

  it('finds a charter value named in either language, whatever the case', () => {
    const values = [
      { en: 'Share early', fr: 'Partager tôt' },
      { en: 'Credit generously', fr: 'Reconnaître généreusement' },
    ];
    expect(findValue(values, 'credit generously')).toBe(values[1]);
    expect(findValue(values, 'Partager tôt ')).toBe(values[0]);
    expect(findValue(values, 'Be kind')).toBeUndefined();
  });

  it('edits only the message; the title follows its first line, tags are never sent', () => {
    expect(kudosChanges('Thank you Camille!\nYour checklist saved us a week.')).toEqual({
      body: 'Thank you Camille!\nYour checklist saved us a week.',
      title: 'Thank you Camille!',
    });
    const long = 'x'.repeat(200);
    expect(kudosChanges(long).title).toBe(`${'x'.repeat(119)}…`);
    // Under the API's 3-character minimum: the title stays as it was.
    expect(kudosChanges('Yo\nthanks for the demo')).toEqual({ body: 'Yo\nthanks for the demo' });
  });
});

describe('addresses', () => {
  it('keeps #/badges working as the progress page', () => {
    expect(routeOf('#/badges').section).toBe('progress');
    expect(routeOf('#/progress').section).toBe('progress');
    expect(routeOf('#/leaderboard?period=month&circle=mlops')).toMatchObject({ section: 'leaderboard' });
    expect(routeOf('#/leaderboard?period=month').query.get('period')).toBe('month');
    // Names of Object.prototype are not sections.
    expect(routeOf('#/constructor').section).toBe('home');
    expect(routeOf('#/toString').section).toBe('home');
  });

  it('opens the bot cards’ deep links to progress and the leaderboard', () => {
    expect(hashForSubPage('progress')).toBe('#/progress');
    expect(hashForSubPage('leaderboard')).toBe('#/leaderboard');
    expect(hashForSubPage('post:abc')).toBe('#/post/abc');
    expect(hashForSubPage('rewards-everything')).toBeUndefined();
  });
});
