import type { QuizCardView } from '../../bot/src/domain/quizzes/quiz-service';
import type { Language } from '../../bot/src/domain/shared/locale';
import { quizCard } from '../../bot/src/teams/cards/quiz-cards';

/** Quiz cards (bot/src/teams/cards/quiz-cards.ts) with long texts and awkward characters, in both languages. */
const long = (language: Language) =>
  language === 'fr'
    ? 'Dans une chaîne d’intégration « continue », que se passe-t-il quand un test échoue à 3 h du matin ? '.repeat(
        3,
      )
    : 'In a "continuous" integration pipeline, what happens when a test fails at 3 a.m. & nobody is there? '.repeat(
        3,
      );

const choices = (language: Language) =>
  language === 'fr'
    ? [
        'Le build s’arrête',
        'On fusionne quand même « pour voir »',
        '<b>Rien</b> & tout va bien',
        long('fr').slice(0, 150),
      ]
    : [
        'The build stops',
        'We merge anyway "to see"',
        '<b>Nothing</b> & all is fine',
        long('en').slice(0, 150),
      ];

function views(language: Language): [string, QuizCardView][] {
  const base = {
    quizId: '3f1c2a9e-0000-4000-8000-000000000001',
    title: language === 'fr' ? 'Quiz « MLOps »' : 'The "MLOps" quiz',
  };
  return [
    [
      'question',
      {
        kind: 'question',
        ...base,
        questionId: 'q3',
        index: 2,
        total: 20,
        text: long(language),
        choices: choices(language),
        deadline: '2026-12-01T17:30:00.000Z',
        anonymous: false,
      },
    ],
    [
      'question, two choices, anonymous',
      {
        kind: 'question',
        ...base,
        questionId: 'q1',
        index: 0,
        total: 1,
        text: '2 + 2 = 4?',
        choices: ['Yes', 'No'],
        deadline: undefined,
        anonymous: true,
      },
    ],
    [
      'result, right, next question',
      {
        kind: 'result',
        ...base,
        index: 2,
        total: 20,
        text: long(language),
        choices: choices(language),
        chosen: 0,
        correct: 0,
        explanation: long(language),
        points: 3,
        already: false,
        nextQuestionId: 'q4',
        score: undefined,
      },
    ],
    [
      'result, wrong, already answered, last',
      {
        kind: 'result',
        ...base,
        index: 19,
        total: 20,
        text: 'Last one',
        choices: choices(language),
        chosen: 3,
        correct: 1,
        explanation: 'Because.',
        points: 0,
        already: true,
        nextQuestionId: undefined,
        score: { right: 17, total: 20 },
      },
    ],
    ['done', { kind: 'done', ...base, right: 3, total: 5 }],
    ['closed', { kind: 'closed', title: base.title }],
    ['unavailable', { kind: 'unavailable' }],
  ];
}

export const quizCardSamples: { name: string; card: Record<string, unknown> }[] = (
  ['en', 'fr'] as const
).flatMap((language) =>
  views(language).map(([name, view]) => ({
    name: `quiz ${name} (${language})`,
    card: quizCard(view, language),
  })),
);
