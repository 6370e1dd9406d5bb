/**
 * Sample Adaptive Cards built by the REAL card builders (bot/src/teams/cards/*.ts) with realistic
 * data in English and French, long texts and awkward characters. tests/unit/adaptive-cards.test.ts
 * validates every sample against the Adaptive Cards 1.5 schema, counts its actions and weighs it;
 * tests/e2e/adaptive-cards-render.test.ts renders every sample with the official renderer.
 *
 * Add a sample of every card the bot sends: append entries to `cardSamples` (one flat array).
 */
import type { Language } from '../../bot/src/domain/shared/locale';
import {
  charterCard,
  helpCard,
  welcomeCard,
  type CommunityCardModel,
} from '../../bot/src/teams/cards/community-cards';
import { badgeEarnedCard, leaderboardCard, pointsCard } from '../../bot/src/teams/cards/game-cards';
import { feedCard, postCard, type PostCardModel } from '../../bot/src/teams/cards/post-cards';
import { quizCardSamples } from './quiz-card-samples';
import { pollCardSamples } from './poll-card-samples';
import { nudgeCardSamples } from './nudge-card-samples';
import { hostileCardSamples } from './hostile-card-samples';

const teamsAppId = '8d5f3f2c-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
const LONG_EN =
  'We meet every other Thursday to share what worked, what did not, and what we would do differently next time. ' +
  'Bring a real problem from your project: a flaky pipeline, a slow query, a design review that went sideways. ';
const LONG_FR =
  'Nous nous retrouvons un jeudi sur deux pour partager ce qui a marché, ce qui n’a pas marché et ce que nous ferions autrement. ' +
  'Apportez un vrai problème de votre projet : une chaîne d’intégration capricieuse, une requête lente, une revue qui a dérapé. ';

const community = (
  language: Language,
  needsAcceptance: boolean,
  acceptedNote?: string,
): CommunityCardModel => ({
  language,
  teamsAppId,
  communityName: language === 'fr' ? 'Guilde « Données & IA »' : 'The "Data & AI" Guild',
  tagline:
    language === 'fr' ? 'Apprendre ensemble, *partager* sans compter' : 'Learn together, *share* generously',
  purpose: (language === 'fr' ? LONG_FR : LONG_EN).repeat(3),
  values: [
    {
      title: language === 'fr' ? 'Curiosité' : 'Curiosity',
      description: language === 'fr' ? 'Poser les « bêtes » questions.' : 'Ask the "dumb" questions.',
    },
    {
      title: language === 'fr' ? 'Bienveillance' : 'Kindness',
      description: language === 'fr' ? 'Critiquer le code, pas les gens.' : 'Critique code, not people.',
    },
    {
      title: '**Open** _by_ `default`',
      description: '# Not a heading [link](https://example.com) <b>not html</b> & < > "quotes"',
    },
    {
      title: language === 'fr' ? 'Transmission' : 'Sharing',
      description: language === 'fr' ? LONG_FR : LONG_EN,
    },
    { title: 'Rigour', description: 'Measure before optimising.' },
    { title: 'Fun', description: '🎉 Celebrate small wins.' },
    { title: 'Seventh value', description: 'Only the charter card shows more than six values.' },
  ],
  rituals: [
    {
      title: language === 'fr' ? 'Café tech' : 'Tech coffee',
      cadence: language === 'fr' ? 'Un jeudi sur deux, 9 h 30' : 'Every other Thursday, 9:30',
    },
    { title: 'Show & tell', cadence: language === 'fr' ? 'Mensuel' : 'Monthly' },
  ],
  charterVersion: 3,
  needsAcceptance,
  ...(acceptedNote ? { acceptedNote } : {}),
});

const post = (language: Language, n: number, overrides: Partial<PostCardModel> = {}): PostCardModel => ({
  id: `post-${n}`,
  type: (['article', 'video', 'link', 'question', 'idea', 'announcement', 'kudos'] as const)[n % 7]!,
  title:
    language === 'fr'
      ? `Retour d’expérience n° ${n} : migrer vers « Cosmos DB » sans douleur`
      : `Lessons learned #${n}: moving to "Cosmos DB" without pain`,
  body:
    (language === 'fr' ? LONG_FR : LONG_EN) +
    '**bold** _italic_ `code` [a link](https://example.com) @[Zoë O’Brien](user:42) ![img](https://example.com/x.png)',
  authorName: n % 4 === 3 ? undefined : 'Zoë "ZO" O’Brien',
  circleName: language === 'fr' ? 'Architecture & nuage' : 'Architecture & cloud',
  publishedAt: '2026-11-20T09:15:00.000Z',
  reactions: n * 3,
  comments: n,
  isNew: n % 2 === 0,
  ...overrides,
});

const pointsModel = (language: Language, withNext: boolean) => ({
  language,
  teamsAppId,
  name: 'Zoë "ZO" O’Brien',
  points: 1234,
  balance: 560,
  level: withNext
    ? {
        index: 2,
        name: language === 'fr' ? 'Artisan·e' : 'Journeyman',
        next: { name: language === 'fr' ? 'Maître' : 'Master', missing: 266 },
        progress: 0.62,
      }
    : { index: 5, name: language === 'fr' ? 'Légende' : 'Legend', next: undefined, progress: 1 },
  streak: { current: 4, best: 11 },
  badges: withNext ? [] : ['First post', 'Helper', 'Mentor', 'Streak × 10', '100 reactions', 'Night owl'],
  nextBadge: withNext
    ? { name: language === 'fr' ? 'Mentor' : 'Mentor', current: 7, threshold: 10 }
    : undefined,
});

const leaderboardModel = (language: Language, empty: boolean) => ({
  language,
  teamsAppId,
  period: empty ? ('season' as const) : ('week' as const),
  top: empty
    ? []
    : Array.from({ length: 10 }, (_, i) => ({
        rank: i + 1,
        name: i === 4 ? 'Zoë "ZO" O’Brien <script>' : `Member ${i + 1} **${'long name '.repeat(i % 3)}**`,
        points: 500 - i * 37,
        isMe: i === 4,
      })),
  me: empty ? { rank: 0, points: 0, optedOut: false } : { rank: 5, points: 352, optedOut: false },
});

export const cardSamples: { name: string; card: Record<string, unknown> }[] = [
  ...(['en', 'fr'] as const).flatMap((language) => [
    { name: `welcome (${language}, asks acceptance)`, card: welcomeCard(community(language, true)).content },
    {
      name: `welcome (${language}, accepted, updated in place)`,
      card: welcomeCard(
        community(
          language,
          false,
          language === 'fr' ? 'Merci, charte acceptée ✔' : 'Thanks, charter accepted ✔',
        ),
      ).content,
    },
    { name: `charter (${language}, asks acceptance)`, card: charterCard(community(language, true)).content },
    {
      name: `charter (${language}, no values nor rituals)`,
      card: charterCard({ ...community(language, false), values: [], rituals: [] }).content,
    },
    { name: `help (${language})`, card: helpCard({ language, teamsAppId }).content },
    { name: `points (${language}, next level)`, card: pointsCard(pointsModel(language, true)).content },
    {
      name: `points (${language}, max level, many badges)`,
      card: pointsCard(pointsModel(language, false)).content,
    },
    {
      name: `leaderboard (${language}, top 10)`,
      card: leaderboardCard(leaderboardModel(language, false)).content,
    },
    {
      name: `leaderboard (${language}, empty)`,
      card: leaderboardCard(leaderboardModel(language, true)).content,
    },
    {
      name: `leaderboard (${language}, opted out)`,
      card: leaderboardCard({
        ...leaderboardModel(language, false),
        me: { rank: 12, points: 40, optedOut: true },
      }).content,
    },
    {
      name: `badge earned (${language})`,
      card: badgeEarnedCard({
        language,
        teamsAppId,
        name: 'Zoë "ZO" O’Brien',
        badge: {
          name: language === 'fr' ? 'Mentor « en or »' : 'Golden "Mentor"',
          description: language === 'fr' ? LONG_FR : LONG_EN,
        },
      }).content,
    },
    { name: `post (${language})`, card: postCard(post(language, 1), { language, teamsAppId }).content },
    {
      name: `post (${language}, pseudonymous question, empty body)`,
      card: postCard(post(language, 3, { body: '   ', authorName: undefined }), { language, teamsAppId })
        .content,
    },
    {
      name: `feed (${language}, five of seven posts, very long bodies)`,
      card: feedCard(
        Array.from({ length: 7 }, (_, n) =>
          post(language, n, { body: (language === 'fr' ? LONG_FR : LONG_EN).repeat(40) }),
        ),
        { language, teamsAppId },
      ).content,
    },
    { name: `feed (${language}, empty)`, card: feedCard([], { language, teamsAppId }).content },
  ]),
];

// Quiz cards (tests/support/quiz-card-samples.ts).
cardSamples.push(...quizCardSamples);

// Poll cards (tests/support/poll-card-samples.ts).
cardSamples.push(...pollCardSamples);

// Nudge and settings cards (tests/support/nudge-card-samples.ts).
cardSamples.push(...nudgeCardSamples);

// Hostile members' words in every builder (tests/support/hostile-card-samples.ts).
cardSamples.push(...hostileCardSamples);
