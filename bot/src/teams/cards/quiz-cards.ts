import type { QuizCardView } from '../../domain/quizzes/quiz-service';
import type { Language } from '../../domain/shared/locale';
import { qt } from '../quiz-text';
import {
  adaptiveCard,
  attachment,
  plain,
  textBlock,
  type AdaptiveCardJson,
  type CardAttachment,
} from './adaptive-card';

/** The verbs of quiz cards (Universal Actions: the card is replaced by the answer). */
export const QUIZ_VERBS = { answer: 'quiz.answer', next: 'quiz.next' } as const;

const LETTERS = ['A', 'B', 'C', 'D'];

/** Adaptive Cards' DATE/TIME functions show a time in the reader's own time zone and locale. */
function localDate(iso: string): string {
  const plain = new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${plain}, SHORT)}} {{TIME(${plain})}}`;
}

/** A button title short enough for Teams (the full choice is written in the card; titles are plain text). */
function buttonTitle(letter: string, choice: string): string {
  const short = choice.length > 36 ? `${choice.slice(0, 35).trimEnd()}…` : choice;
  return `${letter}. ${short}`;
}

function heading(title: string, index: number, total: number, language: Language): unknown[] {
  return [
    textBlock(`🧠 ${plain(title)}`, { size: 'Large', weight: 'Bolder' }),
    textBlock(qt(language, 'questionOf', { index: index + 1, total }), { isSubtle: true, spacing: 'None' }),
  ];
}

function choiceList(choices: string[], highlight?: { chosen: number; correct: number }): unknown {
  return {
    type: 'Container',
    spacing: 'Small',
    items: choices.map((choice, n) => {
      const mark = highlight ? (n === highlight.correct ? ' ✅' : n === highlight.chosen ? ' ❌' : '') : '';
      return textBlock(`**${LETTERS[n]}.** ${plain(choice)}${mark}`, {
        spacing: 'Small',
        ...(highlight && n === highlight.correct ? { color: 'Good' } : {}),
      });
    }),
  };
}

/** Builds the card for a quiz view, in the reader's language (animators' words made literal by `plain()`). */
export function quizCard(view: QuizCardView, language: Language): AdaptiveCardJson {
  switch (view.kind) {
    case 'question':
      return adaptiveCard(
        [
          ...heading(view.title, view.index, view.total, language),
          textBlock(plain(view.text), { size: 'Medium', weight: 'Bolder', spacing: 'Medium' }),
          choiceList(view.choices),
          ...(view.deadline
            ? [textBlock(qt(language, 'answerBy', { date: localDate(view.deadline) }), { isSubtle: true })]
            : []),
          textBlock(qt(language, view.anonymous ? 'anonymous' : 'seenByAnimators'), {
            isSubtle: true,
            size: 'Small',
            spacing: 'None',
          }),
        ],
        view.choices.map((choice, n) => ({
          type: 'Action.Execute',
          title: buttonTitle(LETTERS[n]!, choice),
          verb: QUIZ_VERBS.answer,
          data: { quizId: view.quizId, questionId: view.questionId, choice: n },
        })),
      );
    case 'result': {
      const right = view.chosen === view.correct;
      const points =
        view.points > 0
          ? qt(language, 'pointsEarned', { points: view.points })
          : right
            ? qt(language, 'noPointsCapped')
            : qt(language, 'noPointsWrong');
      return adaptiveCard(
        [
          ...heading(view.title, view.index, view.total, language),
          textBlock(plain(view.text), { size: 'Medium', weight: 'Bolder', spacing: 'Medium' }),
          choiceList(view.choices, { chosen: view.chosen, correct: view.correct }),
          textBlock(qt(language, right ? 'right' : 'wrong'), {
            size: 'Medium',
            weight: 'Bolder',
            color: right ? 'Good' : 'Attention',
            spacing: 'Medium',
          }),
          {
            type: 'FactSet',
            facts: [
              {
                title: qt(language, 'yourAnswer'),
                value: `${LETTERS[view.chosen]}. ${plain(view.choices[view.chosen] ?? '')}`,
              },
              ...(right
                ? []
                : [
                    {
                      title: qt(language, 'rightAnswer'),
                      value: `${LETTERS[view.correct]}. ${plain(view.choices[view.correct] ?? '')}`,
                    },
                  ]),
            ],
          },
          textBlock(plain(view.explanation), { spacing: 'Small' }),
          textBlock(points, {
            weight: 'Bolder',
            color: view.points > 0 ? 'Accent' : 'Default',
            spacing: 'Small',
          }),
          ...(view.already ? [textBlock(qt(language, 'already'), { isSubtle: true, spacing: 'Small' })] : []),
          ...(view.score
            ? [textBlock(qt(language, 'score', view.score), { weight: 'Bolder', spacing: 'Medium' })]
            : []),
        ],
        view.nextQuestionId
          ? [
              {
                type: 'Action.Execute',
                title: qt(language, 'nextQuestion'),
                verb: QUIZ_VERBS.next,
                data: { quizId: view.quizId },
                style: 'positive',
              },
            ]
          : [],
      );
    }
    case 'done':
      return adaptiveCard([
        textBlock(`🎓 ${qt(language, 'doneTitle', { title: plain(view.title) })}`, {
          size: 'Large',
          weight: 'Bolder',
        }),
        textBlock(qt(language, 'doneText', { right: view.right, total: view.total })),
      ]);
    case 'closed':
      return adaptiveCard([
        textBlock(`⏰ ${qt(language, 'closedTitle', { title: plain(view.title) })}`, {
          size: 'Large',
          weight: 'Bolder',
        }),
        textBlock(qt(language, 'closedText')),
      ]);
    case 'unavailable':
      return adaptiveCard([
        textBlock(qt(language, 'unavailableTitle'), { size: 'Large', weight: 'Bolder' }),
        textBlock(qt(language, 'unavailableText')),
      ]);
  }
}

/** The card as an attachment. */
export function quizAttachment(view: QuizCardView, language: Language): CardAttachment {
  return attachment(quizCard(view, language));
}

/** A short text Teams shows in notifications and the chat list. */
export function quizSummary(view: QuizCardView, language: Language): string {
  return 'title' in view ? qt(language, 'summary', { title: view.title }) : qt(language, 'unavailableTitle');
}

/** Renders quiz views as proactive activities for the outbox (the domain's QuizCardRenderer). */
export const botQuizCards = {
  activity(view: QuizCardView, language: Language): Record<string, unknown> {
    return {
      type: 'message',
      summary: quizSummary(view, language),
      attachments: [quizAttachment(view, language)],
    };
  },
};
