/**
 * Sample cards whose every member- or animator-written text is hostile markdown: a masked link,
 * emphasis, raw HTML, a list marker and an Adaptive Cards date function. Built by the real builders
 * and appended to `cardSamples` (card-samples.ts), so the schema check and the Chromium render check
 * both see them; tests/unit/card-user-text.test.ts and tests/e2e/adaptive-cards-render.test.ts also
 * check that none of it becomes a link or emphasis.
 */
import { nt, type NudgeMessage } from '../../bot/src/domain/nudges/nudge-text';
import type { QuizCardView } from '../../bot/src/domain/quizzes/quiz-service';
import type { Language } from '../../bot/src/domain/shared/locale';
import { charterCard, welcomeCard } from '../../bot/src/teams/cards/community-cards';
import { badgeEarnedCard, leaderboardCard, pointsCard } from '../../bot/src/teams/cards/game-cards';
import { nudgeCard, settingsCard } from '../../bot/src/teams/cards/nudge-cards';
import { pollCard, type PollCardModel } from '../../bot/src/teams/cards/poll-cards';
import { feedCard, postCard, type PostCardModel } from '../../bot/src/teams/cards/post-cards';
import { quizCard } from '../../bot/src/teams/cards/quiz-cards';

/** What a hostile member types as a name, a title or a poll option. */
export const HOSTILE = '[Click here](https://evil.example) **URGENT** <b>x</b>';

/** The same with other syntax Teams honours in text blocks: italics, a list, a date function. */
export const HOSTILE_MULTILINE = `${HOSTILE}\n- _item_\n1. {{DATE(2030-01-01T00:00:00Z,SHORT)}} <https://evil.example>`;

/** The host every hostile link points to: a rendered card must not link there. */
export const EVIL_HOST = 'evil.example';

const teamsAppId = '8d5f3f2c-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
const language: Language = 'en';

const post = (n: number): PostCardModel => ({
  id: `post-${n}`,
  type: n % 2 === 0 ? 'kudos' : 'question',
  title: HOSTILE,
  body: `${HOSTILE_MULTILINE}\n\nThanks ${HOSTILE}`,
  authorName: HOSTILE,
  circleName: HOSTILE,
  publishedAt: '2026-11-20T09:15:00.000Z',
  reactions: 2,
  comments: 1,
  isNew: true,
});

const community = (needsAcceptance: boolean) => ({
  language,
  teamsAppId,
  communityName: HOSTILE,
  tagline: HOSTILE,
  purpose: HOSTILE_MULTILINE,
  values: [{ title: HOSTILE, description: HOSTILE_MULTILINE }],
  rituals: [{ title: HOSTILE, cadence: HOSTILE }],
  charterVersion: 2,
  needsAcceptance,
});

const quiz = { quizId: 'q', title: HOSTILE };
const choices = [HOSTILE, `Right ${HOSTILE}`, 'Plain'];
const quizViews: [string, QuizCardView][] = [
  [
    'question',
    {
      kind: 'question',
      ...quiz,
      questionId: 'q1',
      index: 0,
      total: 2,
      text: HOSTILE_MULTILINE,
      choices,
      deadline: undefined,
      anonymous: false,
    },
  ],
  [
    'answer (wrong)',
    {
      kind: 'result',
      ...quiz,
      index: 0,
      total: 2,
      text: HOSTILE,
      choices,
      chosen: 0,
      correct: 1,
      explanation: HOSTILE_MULTILINE,
      points: 0,
      already: false,
      nextQuestionId: 'q2',
      score: undefined,
    },
  ],
  ['done', { kind: 'done', ...quiz, right: 1, total: 2 }],
  ['closed', { kind: 'closed', title: HOSTILE }],
];

const pollModel = (overrides: Partial<PollCardModel> = {}): PollCardModel => ({
  language,
  pollId: 'p1',
  question: HOSTILE_MULTILINE,
  status: 'open',
  choice: 'single',
  anonymous: false,
  results: 'live',
  closesAt: '2026-12-01T17:00:00.000Z',
  createdByName: HOSTILE,
  options: [
    { id: 'o1', label: HOSTILE, count: 2, names: [HOSTILE, 'Ana'] },
    { id: 'o2', label: `**bold** ${HOSTILE}`, count: 0, names: [] },
  ],
  voters: 2,
  resultsVisible: true,
  refreshUserIds: [],
  myVote: ['o1'],
  canManage: false,
  ...overrides,
});

const nudge: NudgeMessage = {
  kind: 'replies',
  language,
  title: nt(language, 'replies.title', { post: HOSTILE }),
  lines: [nt(language, 'replies.intro.one', { names: HOSTILE, what: nt(language, 'replies.post') })],
  items: [{ title: HOSTILE, detail: HOSTILE_MULTILINE, subPage: 'post:p1' }],
  action: { title: nt(language, 'replies.action'), subPage: 'post:p1' },
  summary: HOSTILE,
};

/** One hostile sample per card builder that shows members' words. */
export const hostileCardSamples: { name: string; card: Record<string, unknown> }[] = [
  { name: 'hostile welcome', card: welcomeCard(community(true)).content },
  { name: 'hostile charter', card: charterCard(community(false)).content },
  { name: 'hostile post', card: postCard(post(1), { language, teamsAppId }).content },
  { name: 'hostile feed', card: feedCard([post(0), post(1)], { language, teamsAppId }).content },
  {
    name: 'hostile points',
    card: pointsCard({
      language,
      teamsAppId,
      name: HOSTILE,
      points: 10,
      balance: 5,
      level: { index: 0, name: HOSTILE, next: { name: HOSTILE, missing: 3 }, progress: 0.5 },
      streak: { current: 1, best: 2 },
      badges: [HOSTILE, HOSTILE],
      nextBadge: { name: HOSTILE, current: 1, threshold: 3 },
    }).content,
  },
  {
    name: 'hostile leaderboard',
    card: leaderboardCard({
      language,
      teamsAppId,
      period: 'week',
      top: [
        { rank: 1, name: HOSTILE, points: 30, isMe: false },
        { rank: 2, name: HOSTILE_MULTILINE, points: 20, isMe: true },
      ],
      me: { rank: 2, points: 20, optedOut: false },
    }).content,
  },
  {
    name: 'hostile badge earned',
    card: badgeEarnedCard({
      language,
      teamsAppId,
      name: HOSTILE,
      badge: { name: HOSTILE, description: HOSTILE_MULTILINE },
    }).content,
  },
  ...quizViews.map(([name, view]) => ({ name: `hostile quiz ${name}`, card: quizCard(view, language) })),
  { name: 'hostile poll (open, named, live)', card: pollCard(pollModel()).content },
  {
    name: 'hostile poll (closed)',
    card: pollCard(pollModel({ status: 'closed', closedAt: '2026-12-01T17:00:00.000Z' })).content,
  },
  { name: 'hostile poll (deleted)', card: pollCard(pollModel({ status: 'deleted' })).content },
  { name: 'hostile nudge', card: nudgeCard(nudge, teamsAppId).content },
  {
    name: 'hostile settings',
    card: settingsCard({
      language,
      teamsAppId,
      chosenLanguage: 'en',
      timeZone: HOSTILE,
      quietHours: undefined,
      weeklyCap: undefined,
      mutedKinds: [],
      defaults: { weeklyCap: 5, quietHours: null },
      kinds: ['replies', 'badges'],
    }).content,
  },
];
