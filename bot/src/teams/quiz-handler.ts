import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { QuizService } from '../domain/quizzes/quiz-service';
import type { Actor } from '../domain/shared/actor';
import type { Language } from '../domain/shared/locale';
import { QUIZ_VERBS, quizAttachment, quizCard, quizSummary } from './cards/quiz-cards';
import { qt } from './quiz-text';

/** The data a quiz card sends back (validated: cards come back from the client). */
const QuizAnswerAction = z.object({
  quizId: z.string().min(1).max(100),
  questionId: z.string().min(1).max(20),
  choice: z.number().int().min(0).max(3),
});
const QuizNextAction = z.object({ quizId: z.string().min(1).max(100) });

/**
 * Quizzes in Teams: the `quiz` command and the answer and "next question" card actions. Each
 * parses its input, calls the quiz service once and renders its view as a card.
 */
export class QuizBotHandler {
  constructor(private readonly deps: { quizzes: QuizService }) {}

  /** `quiz`: the next question meant for the member, as a reply in their personal chat. */
  async command(context: TurnContext, actor: Actor, language: Language): Promise<void> {
    if ((context.activity.conversation.conversationType ?? 'personal') !== 'personal') {
      await context.sendActivity(qt(language, 'personalOnly'));
      return;
    }
    const view = await this.deps.quizzes.nextForMe({ actor, language });
    if (!view) {
      await context.sendActivity(qt(language, 'noQuiz'));
      return;
    }
    await context.sendActivity({
      attachments: [quizAttachment(view, language)],
      summary: quizSummary(view, language),
    });
  }

  /** `quiz.answer` and `quiz.next`: the card that replaces the one clicked. */
  async invoke(
    actor: Actor,
    language: Language,
    action: { verb?: string; data?: unknown },
  ): Promise<AdaptiveCardInvokeResponse> {
    if (action.verb === QUIZ_VERBS.answer) {
      const data = QuizAnswerAction.safeParse(action.data);
      if (!data.success) return invokeError('The card sent unexpected data.');
      return cardResponse(
        quizCard(await this.deps.quizzes.answer({ actor, language, ...data.data }), language),
      );
    }
    const data = QuizNextAction.safeParse(action.data);
    if (!data.success) return invokeError('The card sent unexpected data.');
    return cardResponse(quizCard(await this.deps.quizzes.next({ actor, language, ...data.data }), language));
  }
}

function cardResponse(card: Record<string, unknown>): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

function invokeError(message: string): AdaptiveCardInvokeResponse {
  return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message } };
}
