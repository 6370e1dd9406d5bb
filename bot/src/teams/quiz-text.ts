import type { Language } from '../domain/shared/locale';

/** What the bot says about quizzes, in English and French (a missing translation does not compile). */
const text = {
  en: {
    questionOf: 'Question {index} of {total}',
    answerBy: 'Answer by {date}',
    seenByAnimators: 'Animators see who answered what.',
    anonymous: 'Anonymous: animators see only the totals.',
    right: '✅ Right!',
    wrong: '❌ Not quite.',
    yourAnswer: 'Your answer',
    rightAnswer: 'Right answer',
    pointsEarned: '+{points} points',
    noPointsWrong: 'No points this time: right answers earn points.',
    noPointsCapped: 'Right, but you reached today’s quiz points. Keep learning!',
    already: 'You already answered this question: here is your answer. It counts once.',
    score: 'Your score: {right}/{total} right.',
    nextQuestion: 'Next question',
    seeScore: 'See my score',
    doneTitle: 'You finished “{title}”',
    doneText: 'You answered every question: {right}/{total} right. Thank you for taking part!',
    closedTitle: '“{title}” is closed',
    closedText: 'Answers were taken until the deadline. Watch for the next quiz!',
    unavailableTitle: 'This quiz is not available',
    unavailableText:
      'It may have been withdrawn, or it is meant for another circle or group. Type **quiz** to find one for you.',
    noQuiz: 'No quiz for you right now. Animators send new ones regularly: come back soon!',
    summary: 'Quiz: {title}',
    personalOnly: 'Quizzes happen in our personal chat: open a chat with me and write **quiz**.',
  },
  fr: {
    questionOf: 'Question {index} sur {total}',
    answerBy: 'Répondez avant le {date}',
    seenByAnimators: 'Les animateurs voient qui a répondu quoi.',
    anonymous: 'Anonyme : les animateurs ne voient que les totaux.',
    right: '✅ Bonne réponse !',
    wrong: '❌ Pas tout à fait.',
    yourAnswer: 'Votre réponse',
    rightAnswer: 'Bonne réponse',
    pointsEarned: '+{points} points',
    noPointsWrong: 'Pas de points cette fois : les bonnes réponses rapportent des points.',
    noPointsCapped:
      'Bonne réponse, mais vous avez atteint les points de quiz du jour. Continuez à apprendre !',
    already: 'Vous avez déjà répondu à cette question : voici votre réponse. Elle ne compte qu’une fois.',
    score: 'Votre score : {right}/{total} bonnes réponses.',
    nextQuestion: 'Question suivante',
    seeScore: 'Voir mon score',
    doneTitle: 'Vous avez terminé « {title} »',
    doneText:
      'Vous avez répondu à toutes les questions : {right}/{total} bonnes réponses. Merci d’avoir participé !',
    closedTitle: '« {title} » est clos',
    closedText: 'Les réponses étaient possibles jusqu’à la date limite. Guettez le prochain quiz !',
    unavailableTitle: 'Ce quiz n’est pas disponible',
    unavailableText:
      'Il a peut-être été retiré, ou il est destiné à un autre cercle ou groupe. Écrivez **quiz** pour en trouver un pour vous.',
    noQuiz:
      'Pas de quiz pour vous en ce moment. Les animateurs en envoient régulièrement : revenez bientôt !',
    summary: 'Quiz : {title}',
    personalOnly:
      'Les quiz se passent dans notre conversation personnelle : ouvrez une conversation avec moi et écrivez **quiz**.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type QuizTextKey = keyof (typeof text)['en'];

/** A quiz sentence in a language, with `{name}` placeholders filled. */
export function qt(language: Language, key: QuizTextKey, vars: Record<string, string | number> = {}): string {
  const template: string = text[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}
