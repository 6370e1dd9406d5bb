import type { QuizDto, QuizInputDto } from '../../../../contracts/quizzes';

/** Text being edited in both languages (empty strings while not written). */
export interface BilingualDraft {
  en: string;
  fr: string;
}

export interface QuestionDraft {
  text: BilingualDraft;
  choices: BilingualDraft[];
  correct: number;
  explanation: BilingualDraft;
}

/** A quiz in the editor. */
export interface QuizDraft {
  title: BilingualDraft;
  questions: QuestionDraft[];
  anonymous: boolean;
}

/** What the editor says is missing, as message keys with the question number. */
export type DraftProblem =
  | { key: 'quizzes.problem.title' }
  | { key: 'quizzes.problem.tooMany' }
  | { key: 'quizzes.problem.text' | 'quizzes.problem.choices' | 'quizzes.problem.explanation'; n: number };

export const LETTERS = ['A', 'B', 'C', 'D'] as const;
export const MAX_QUESTIONS = 20;
export const MAX_CHOICES = 4;
export const MIN_CHOICES = 2;

const blank = (): BilingualDraft => ({ en: '', fr: '' });
const filled = (text: BilingualDraft) => text.en.trim() !== '' || text.fr.trim() !== '';

export function emptyQuestion(): QuestionDraft {
  return { text: blank(), choices: [blank(), blank()], correct: 0, explanation: blank() };
}

export function emptyDraft(): QuizDraft {
  return { title: blank(), questions: [emptyQuestion()], anonymous: false };
}

const toDraft = (text: { en?: string | undefined; fr?: string | undefined }): BilingualDraft => ({
  en: text.en ?? '',
  fr: text.fr ?? '',
});

/** The editor's copy of a saved quiz. */
export function draftOf(quiz: Pick<QuizDto, 'title' | 'questions' | 'anonymous'>): QuizDraft {
  return {
    title: toDraft(quiz.title),
    anonymous: quiz.anonymous,
    questions: quiz.questions.map((q) => ({
      text: toDraft(q.text),
      choices: q.choices.map(toDraft),
      correct: q.correct,
      explanation: toDraft(q.explanation),
    })),
  };
}

const clean = (text: BilingualDraft) => ({
  ...(text.en.trim() ? { en: text.en.trim() } : {}),
  ...(text.fr.trim() ? { fr: text.fr.trim() } : {}),
});

/** What the API takes: trimmed, languages left empty left out. */
export function inputOf(draft: QuizDraft, etag?: string): QuizInputDto {
  return {
    title: clean(draft.title),
    anonymous: draft.anonymous,
    questions: draft.questions.map((q) => ({
      text: clean(q.text),
      choices: q.choices.map(clean),
      correct: q.correct,
      explanation: clean(q.explanation),
    })),
    ...(etag ? { etag } : {}),
  };
}

/** Everything to fix before saving (the server checks again). */
export function problemsOf(draft: QuizDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!filled(draft.title)) problems.push({ key: 'quizzes.problem.title' });
  if (draft.questions.length > MAX_QUESTIONS) problems.push({ key: 'quizzes.problem.tooMany' });
  draft.questions.forEach((q, index) => {
    const n = index + 1;
    if (!filled(q.text)) problems.push({ key: 'quizzes.problem.text', n });
    if (q.choices.length < MIN_CHOICES || !q.choices.every(filled))
      problems.push({ key: 'quizzes.problem.choices', n });
    if (!filled(q.explanation)) problems.push({ key: 'quizzes.problem.explanation', n });
  });
  return problems;
}

/** Removes a choice, keeping the right answer on the same choice (or the first when it is the one removed). */
export function withoutChoice(question: QuestionDraft, index: number): QuestionDraft {
  const choices = question.choices.filter((_, i) => i !== index);
  const correct =
    question.correct === index ? 0 : question.correct > index ? question.correct - 1 : question.correct;
  return { ...question, choices, correct };
}

/** "Data, R&D , " → ["Data", "R&D"]. */
export function listOf(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A value for `<input type="datetime-local">` in the browser's time zone. */
export function localInputOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO instant of a `datetime-local` value (read in the browser's time zone), or undefined. */
export function isoOfLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
