/**
 * Sample poll cards built by the real builders (bot/src/teams/cards/poll-cards.ts), in English and
 * French: open with live results and names, anonymous with hidden results, closed, deleted, the
 * help card and the form. tests/support/card-samples.ts appends them to `cardSamples`.
 */
import type { Poll } from '../../bot/src/domain/polls/poll';
import type { PollView } from '../../bot/src/domain/polls/poll-service';
import type { Stored } from '../../bot/src/domain/shared/document-store';
import type { Language } from '../../bot/src/domain/shared/locale';
import { pollCard, pollCardModelOf, pollFormCard, pollHelpCard } from '../../bot/src/teams/cards/poll-cards';

function poll(language: Language, overrides: Partial<Poll> = {}): Stored<Poll> {
  const labels =
    language === 'fr'
      ? [
          'Mardi « matin »',
          'Jeudi',
          'Vendredi & week-end',
          'Une option très longue '.repeat(3).trim(),
          'Lundi',
          'Jamais',
        ]
      : [
          'Tuesday "morning"',
          'Thursday',
          'Friday & weekend',
          'A very long option '.repeat(3).trim(),
          'Monday',
          'Never',
        ];
  const options = labels.map((label, i) => ({ id: `o${i + 1}`, label }));
  return {
    id: 'b6f1c1de-0000-4000-8000-000000000001',
    pk: 't',
    tenantId: 't',
    etag: '1',
    kind: 'poll',
    question:
      language === 'fr'
        ? 'Quel jour pour la prochaine rencontre de la communauté <data> & co ?'
        : 'Which day for the next community meetup <data> & co?',
    options,
    choice: 'multiple',
    anonymous: false,
    results: 'live',
    language,
    closesAt: '2026-12-01T17:00:00.000Z',
    status: 'open',
    createdBy: 'm1',
    createdByName: 'Zoë "ZO" O’Brien',
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
    conversationId: '19:abc@thread.tacv2',
    conversationType: 'channel',
    origin: 'command',
    counts: { o1: 12, o2: 7, o3: 3, o4: 0, o5: 1, o6: 0 },
    voters: 20,
    ...overrides,
  };
}

function view(p: Stored<Poll>, extra: Partial<PollView> = {}): PollView {
  const visible = p.status !== 'open' || p.results === 'live';
  return {
    poll: p,
    tally: visible ? { counts: p.counts, voters: p.voters } : undefined,
    voters: p.voters,
    names:
      visible && !p.anonymous
        ? {
            o1: Array.from({ length: 12 }, (_, i) => `Member ${i + 1}`),
            o2: ['Ana', 'Bo'],
            o3: [],
            o4: [],
            o5: ['Cy'],
            o6: [],
          }
        : undefined,
    refreshUserIds: Array.from({ length: 60 }, (_, i) => `29:user-${i}`),
    myVote: undefined,
    canManage: false,
    ...extra,
  };
}

export const pollCardSamples: { name: string; card: Record<string, unknown> }[] = (
  ['en', 'fr'] as const
).flatMap((language) => [
  {
    name: `poll (${language}, open, named, live, six options, my vote, creator)`,
    card: pollCard(
      pollCardModelOf(view(poll(language), { myVote: ['o1', 'o3'], canManage: true }), language, {
        text: language === 'fr' ? 'Votre vote est modifié.' : 'Your vote is changed.',
        tone: 'good',
      }),
    ).content,
  },
  {
    name: `poll (${language}, open, anonymous, results after close, single)`,
    card: pollCard(
      pollCardModelOf(
        view(
          poll(language, {
            anonymous: true,
            results: 'afterClose',
            choice: 'single',
            options: poll(language).options.slice(0, 2),
          }),
        ),
        language,
      ),
    ).content,
  },
  {
    name: `poll (${language}, closed, final results)`,
    card: pollCard(
      pollCardModelOf(
        view(poll(language, { status: 'closed', closedAt: '2026-12-01T17:00:00.000Z' })),
        language,
        { text: language === 'fr' ? 'Ce sondage est clos.' : 'This poll is closed.', tone: 'attention' },
      ),
    ).content,
  },
  {
    name: `poll (${language}, deleted)`,
    card: pollCard(pollCardModelOf(view(poll(language, { status: 'deleted' })), language)).content,
  },
  {
    name: `poll help (${language}, with a problem)`,
    card: pollHelpCard({ language, problem: 'tooFewOptions' }).content,
  },
  {
    name: `poll form (${language}, returned with values and a problem)`,
    card: pollFormCard({
      language,
      values: {
        question: 'Snacks?',
        options: ['Fruit', undefined, 'Cake'],
        choice: 'multiple',
        duration: '3d',
      },
      problem: language === 'fr' ? 'Un sondage a de 2 à 6 options.' : 'A poll has 2 to 6 options.',
    }).content,
  },
]);
