import type { GameRulesDto, RewardDto } from '../../contracts/gamification';
import {
  addLevel,
  badgeIdFor,
  badgesDraftOf,
  badgesInputOf,
  badgesProblems,
  newBadge,
  parseWhole,
  rewardDraftOf,
  rewardInputOf,
  rewardProblems,
  rulesDraftOf,
  rulesInputOf,
  rulesProblems,
  seasonProblems,
  serverProblems,
} from '../../tab/src/scenes/GameAdmin/gameDrafts';

/** Rules as GET /game/rules answers, with what a test cares about changed. */
function buildRules(overrides: Partial<GameRulesDto> = {}): GameRulesDto {
  return {
    actions: {
      'post.published': { points: 5, dailyCap: 3 },
      'comment.created': { points: 2, dailyCap: 10 },
      'reaction.received': { points: 1, dailyCap: 20 },
      'answer.accepted': { points: 15, dailyCap: 5 },
      'quiz.answered': { points: 3, dailyCap: 5 },
      'poll.voted': { points: 1, dailyCap: 5 },
      'event.attended': { points: 10, dailyCap: 2 },
      'kudos.received': { points: 8, dailyCap: 5 },
    },
    levels: [
      { threshold: 0, name: { en: 'Newcomer', fr: 'Nouveau venu' } },
      { threshold: 50, name: { en: 'Contributor' } },
    ],
    badges: [
      {
        id: 'first-post',
        name: { en: 'First post', fr: 'Première publication' },
        description: { en: 'Shared something.' },
        icon: 'Sparkle',
        rule: 'posts',
        threshold: 1,
      },
    ],
    kudosPerWeek: 5,
    season: { id: 'S1', name: { en: 'Season 1' }, startedAt: '2026-09-26T00:00:00.000Z' },
    updatedAt: '2026-09-26T00:00:00.000Z',
    etag: '"rules-1"',
    ...overrides,
  };
}

describe('numbers typed in the editors', () => {
  it('reads whole numbers only', () => {
    expect(parseWhole(' 42 ')).toBe(42);
    expect(parseWhole('-3')).toBe(-3);
    expect(parseWhole('1.5')).toBeUndefined();
    expect(parseWhole('')).toBeUndefined();
    expect(parseWhole('1e3')).toBeUndefined();
  });
});

describe('points and levels', () => {
  it('round-trips the rules it was given, with no problem', () => {
    const draft = rulesDraftOf(buildRules());
    expect(rulesProblems(draft)).toEqual({});
    expect(rulesInputOf(draft)).toEqual({
      actions: buildRules().actions,
      kudosPerWeek: 5,
      levels: [
        { threshold: 0, name: { en: 'Newcomer', fr: 'Nouveau venu' } },
        { threshold: 50, name: { en: 'Contributor' } },
      ],
    });
  });

  it('finds numbers out of the API’s range, by field', () => {
    const draft = rulesDraftOf(buildRules());
    draft.actions['comment.created'].points = '-1';
    draft.actions['poll.voted'].dailyCap = '2.5';
    draft.kudosPerWeek = '101';
    expect(rulesProblems(draft)).toEqual({
      'actions.comment.created.points': { code: 'integer', min: 0, max: 1000 },
      'actions.poll.voted.dailyCap': { code: 'integer', min: 0, max: 1000 },
      kudosPerWeek: { code: 'integer', min: 0, max: 100 },
    });
  });

  it('wants levels to start at 0 and rise, each with a name', () => {
    const draft = rulesDraftOf(buildRules());
    draft.levels[0]!.threshold = '10';
    draft.levels.push({ key: 'x', threshold: '50', en: '', fr: '' });
    expect(rulesProblems(draft)).toEqual({
      'levels.0.threshold': { code: 'firstZero' },
      'levels.2.threshold': { code: 'rising', after: 2 },
      'levels.2.name': { code: 'name' },
    });
    draft.levels = [];
    expect(rulesProblems(draft)['levels']).toEqual({ code: 'levelCount', max: 20 });
  });

  it('adds a level above the last one', () => {
    const levels = rulesDraftOf(buildRules()).levels;
    const next = addLevel(levels);
    expect(next).toHaveLength(3);
    expect(next[2]).toMatchObject({ threshold: '100', en: '', fr: '' });
    expect(new Set(next.map((l) => l.key)).size).toBe(3);
    expect(addLevel([])[0]!.threshold).toBe('0');
  });
});

describe('badges', () => {
  it('keeps existing ids and makes ids for new badges from their names', () => {
    const badges = badgesDraftOf(buildRules());
    const added = { ...newBadge(), nameEn: 'First post', descriptionEn: 'Again.', rule: 'comments' as const };
    const input = badgesInputOf([...badges, added, { ...added, nameEn: '', nameFr: 'Élan collectif' }]);
    expect(input.badges?.map((b) => b.id)).toEqual(['first-post', 'first-post-2', 'elan-collectif']);
    expect(input.badges?.[1]).toMatchObject({ name: { en: 'First post' }, rule: 'comments', threshold: 1 });
  });

  it('needs a name and a description in one language, and a threshold from 1', () => {
    const badge = { ...newBadge(), threshold: '0' };
    expect(badgesProblems([badge])).toEqual({
      'badges.0.name': { code: 'name' },
      'badges.0.description': { code: 'description' },
      'badges.0.threshold': { code: 'integer', min: 1, max: 100_000 },
    });
    expect(badgesProblems([{ ...badge, nameFr: 'Élan', descriptionEn: 'Did it.', threshold: '3' }])).toEqual(
      {},
    );
  });

  it('slugs names, with a fallback when nothing is left', () => {
    expect(badgeIdFor('  Kudos Champion!! ', new Set())).toBe('kudos-champion');
    expect(badgeIdFor('Kudos champion', new Set(['kudos-champion', 'kudos-champion-2']))).toBe(
      'kudos-champion-3',
    );
    expect(badgeIdFor('🎉', new Set())).toBe('badge');
  });
});

describe('server field errors', () => {
  it('puts the API’s messages on the fields the editors show', () => {
    expect(
      serverProblems({
        fields: [
          'actions.post.published.points (Too small: expected number to be >=0)',
          'levels.1.name (write it in English or French (or both))',
          'badges.0.name.en (Too big)',
          'cost (Too small)',
          'something.else (no idea)',
          42,
        ],
      }),
    ).toEqual({
      fields: {
        'actions.post.published.points': 'Too small: expected number to be >=0',
        'levels.1.name': 'write it in English or French (or both)',
        'badges.0.name': 'Too big',
        cost: 'Too small',
      },
      other: ['something.else (no idea)'],
    });
    expect(serverProblems(undefined)).toEqual({ fields: {}, other: [] });
  });
});

describe('rewards', () => {
  const reward: RewardDto = {
    id: 'reward-mug',
    name: { en: 'Guildhall mug', fr: 'Mug Guildhall' },
    description: { en: 'The mug.' },
    type: 'object',
    circleId: null,
    cost: 60,
    stock: null,
    perMemberLimit: 2,
    active: true,
    mine: 0,
    etag: 'etag-1',
  };

  it('edits a reward and sends back the version it started from; empty stock is unlimited', () => {
    const draft = rewardDraftOf(reward);
    expect(draft.stock).toBe('');
    expect(rewardProblems(draft)).toEqual({});
    expect(rewardInputOf({ ...draft, cost: '75' })).toEqual({
      name: { en: 'Guildhall mug', fr: 'Mug Guildhall' },
      description: { en: 'The mug.' },
      type: 'object',
      cost: 75,
      stock: null,
      perMemberLimit: 2,
      active: true,
      etag: 'etag-1',
    });
    expect(rewardInputOf({ ...draft, stock: '0' }).stock).toBe(0);
  });

  it('starts a new reward without an etag, and a circle reward needs its circle', () => {
    const draft = {
      ...rewardDraftOf(),
      nameEn: 'Seat',
      descriptionFr: 'Une place.',
      type: 'circle' as const,
    };
    expect(draft.etag).toBeUndefined();
    expect(rewardProblems(draft)).toEqual({ circleId: { code: 'circle' } });
    const input = rewardInputOf({ ...draft, circleId: 'data-leaders' });
    expect(input).toMatchObject({ type: 'circle', circleId: 'data-leaders' });
    expect(input).not.toHaveProperty('etag');
    // Switching back to an object drops the circle.
    expect(rewardInputOf({ ...draft, circleId: 'data-leaders', type: 'object' })).not.toHaveProperty(
      'circleId',
    );
  });

  it('checks cost, stock and limit against the API’s bounds', () => {
    const draft = { ...rewardDraftOf(reward), cost: '-5', stock: 'many', perMemberLimit: '0' };
    expect(rewardProblems(draft)).toEqual({
      cost: { code: 'integer', min: 0, max: 1_000_000 },
      stock: { code: 'integer', min: 0, max: 1_000_000 },
      perMemberLimit: { code: 'integer', min: 1, max: 1000 },
    });
  });
});

describe('seasons', () => {
  it('needs a name in one language, of at most 60 characters', () => {
    expect(seasonProblems('', ' ')).toEqual({ name: { code: 'name' } });
    expect(seasonProblems('', 'Saison 2')).toEqual({});
    expect(seasonProblems('x'.repeat(61), '')).toEqual({ name: { code: 'tooLong', max: 60 } });
  });
});
