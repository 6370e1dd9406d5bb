import type { Language, LocalizedText } from '../shared/locale';
import { QUIZ_LIMITS } from './quiz';

/**
 * Quizzes imported from a spreadsheet (docs/QUIZZES.md describes the format). One row per
 * question, a header row first; `,` or `;` between fields (whichever the header uses), quoted
 * fields may hold the delimiter, line breaks and doubled quotes; a UTF-8 BOM is ignored. Every row
 * is checked and every problem is reported with its line number, so nothing is half-imported.
 */

/** The most a CSV file may hold (20 questions in two languages fit many times over). */
export const QUIZ_CSV_MAX_BYTES = 100_000;
/** Rows after the header: 20 questions, each in up to two languages. */
export const QUIZ_CSV_MAX_ROWS = QUIZ_LIMITS.questions * 2;

/** The columns of the format, in the order of the template. */
export const QUIZ_CSV_COLUMNS = [
  'quiz',
  'question',
  'choice1',
  'choice2',
  'choice3',
  'choice4',
  'answer',
  'explanation',
  'language',
] as const;
type Column = (typeof QUIZ_CSV_COLUMNS)[number];

/** One problem in a file: where (1-based physical line, and the column if known) and what to fix. */
export interface CsvProblem {
  line: number;
  column?: Column;
  /** Stable code (`choices.tooFew`), for clients that word problems themselves. */
  code: string;
  en: string;
  fr: string;
}

/** A quiz read from a file, ready to be saved as a draft. */
export interface ImportedQuiz {
  title: LocalizedText;
  questions: { text: LocalizedText; choices: LocalizedText[]; correct: number; explanation: LocalizedText }[];
  /** How many rows were read (after the header). */
  rows: number;
}

/** A parsed CSV record with the physical line it started on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Splits CSV text into records (RFC 4180 with a chosen delimiter). An unterminated quote is a
 * problem on the line where the quoted field started.
 */
export function parseCsv(text: string, delimiter: ',' | ';'): { records: CsvRecord[]; problem?: CsvProblem } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    // A line with nothing on it is skipped (spreadsheets leave them at the end).
    if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      if (c === '\r' && text[i + 1] === '\n') {
        cell += '\n';
        line++;
        i += 2;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      // A quote opens a quoted field only at its start (spaces before it are dropped).
      cell = '';
      quoted = true;
      quoteLine = line;
      i++;
      continue;
    }
    if (c === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    cell += c;
    i++;
  }
  if (quoted) {
    return {
      records,
      problem: {
        line: quoteLine,
        code: 'csv.unclosedQuote',
        en: 'A quoted field is never closed: add the missing ".',
        fr: 'Un champ entre guillemets n’est jamais fermé : ajoutez le " manquant.',
      },
    };
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { records };
}

const normalizeHeader = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');

/** Header names accepted for each column, in English and French (normalized: no case, accents or spaces). */
const HEADER_NAMES: Record<Column, readonly string[]> = {
  quiz: ['quiz', 'quiztitle', 'title', 'titre', 'titreduquiz', 'quizz'],
  question: ['question', 'questiontext', 'texte'],
  choice1: ['choice1', 'choix1', 'option1', 'answer1', 'reponse1'],
  choice2: ['choice2', 'choix2', 'option2', 'answer2', 'reponse2'],
  choice3: ['choice3', 'choix3', 'option3', 'answer3', 'reponse3'],
  choice4: ['choice4', 'choix4', 'option4', 'answer4', 'reponse4'],
  answer: [
    'answer',
    'rightchoice',
    'right',
    'correct',
    'correctchoice',
    'rightanswer',
    'bonnereponse',
    'solution',
  ],
  explanation: ['explanation', 'explication', 'why', 'pourquoi'],
  language: ['language', 'langue', 'lang'],
};

const REQUIRED: readonly Column[] = ['quiz', 'question', 'choice1', 'choice2', 'answer', 'explanation'];

/** The delimiter the header line uses: the one that appears more often outside quotes. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

function languageOfCell(value: string): Language | undefined {
  const v = normalizeHeader(value);
  if (v === '' || v === 'en' || v === 'english' || v === 'anglais' || v === 'eng') return 'en';
  if (v === 'fr' || v === 'french' || v === 'francais' || v === 'fra' || v === 'fre') return 'fr';
  return undefined;
}

/** Reads "2", "B" or "b" as the second choice (0-based 1); undefined when it is neither. */
function choiceIndexOf(value: string): number | undefined {
  const v = value.trim().toUpperCase();
  if (/^[1-4]$/.test(v)) return Number(v) - 1;
  if (/^[A-D]$/.test(v)) return v.charCodeAt(0) - 65;
  return undefined;
}

interface Row {
  line: number;
  language: Language;
  title: string;
  question: string;
  choices: string[];
  correct: number;
  explanation: string;
}

/** Reads a quiz from CSV text: the quiz, or every problem found (with line numbers). */
export function quizFromCsv(
  input: string,
): { ok: true; quiz: ImportedQuiz } | { ok: false; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const fail = (problem: CsvProblem) => ({ ok: false as const, problems: [problem] });
  if (Buffer.byteLength(input, 'utf8') > QUIZ_CSV_MAX_BYTES) {
    return fail({
      line: 1,
      code: 'csv.tooLarge',
      en: `The file is larger than ${QUIZ_CSV_MAX_BYTES / 1000} KB.`,
      fr: `Le fichier dépasse ${QUIZ_CSV_MAX_BYTES / 1000} Ko.`,
    });
  }
  const text = input.replace(/^\uFEFF/, '');
  const { records, problem } = parseCsv(text, detectDelimiter(text));
  if (problem) return fail(problem);
  const [header, ...rows] = records;
  if (!header || rows.length === 0) {
    return fail({
      line: header ? header.line + 1 : 1,
      code: 'csv.empty',
      en: 'The file needs a header line and at least one question.',
      fr: 'Le fichier doit contenir une ligne d’en-tête et au moins une question.',
    });
  }

  // Which cell holds which column.
  const positions = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    const column = QUIZ_CSV_COLUMNS.find((c) => HEADER_NAMES[c].includes(name));
    if (column && !positions.has(column)) positions.set(column, index);
  });
  const missing = REQUIRED.filter((c) => !positions.has(c));
  if (missing.length > 0) {
    return fail({
      line: header.line,
      code: 'csv.missingColumns',
      en: `The header line lacks these columns: ${missing.join(', ')}. Start from the template.`,
      fr: `Il manque ces colonnes à la ligne d’en-tête : ${missing.join(', ')}. Partez du modèle.`,
    });
  }
  if (rows.length > QUIZ_CSV_MAX_ROWS) {
    return fail({
      line: rows[QUIZ_CSV_MAX_ROWS]!.line,
      code: 'csv.tooManyRows',
      en: `A quiz has at most ${QUIZ_LIMITS.questions} questions (${QUIZ_CSV_MAX_ROWS} rows with both languages).`,
      fr: `Un quiz compte au plus ${QUIZ_LIMITS.questions} questions (${QUIZ_CSV_MAX_ROWS} lignes avec les deux langues).`,
    });
  }

  const parsed: Row[] = [];
  for (const record of rows) {
    const get = (column: Column) => {
      const index = positions.get(column);
      return index === undefined ? '' : (record.cells[index] ?? '').trim();
    };
    const add = (column: Column | undefined, code: string, en: string, fr: string) =>
      problems.push({ line: record.line, ...(column ? { column } : {}), code, en, fr });
    const before = problems.length;

    const language = languageOfCell(get('language'));
    if (!language)
      add(
        'language',
        'language.unknown',
        'Write en or fr as the language.',
        'Écrivez en ou fr comme langue.',
      );
    const question = get('question');
    if (question === '')
      add('question', 'question.missing', 'The question is empty.', 'La question est vide.');
    else if (question.length > QUIZ_LIMITS.question)
      add(
        'question',
        'question.tooLong',
        `The question is longer than ${QUIZ_LIMITS.question} characters.`,
        `La question dépasse ${QUIZ_LIMITS.question} caractères.`,
      );
    const title = get('quiz');
    if (title.length > QUIZ_LIMITS.title)
      add(
        'quiz',
        'title.tooLong',
        `The quiz title is longer than ${QUIZ_LIMITS.title} characters.`,
        `Le titre du quiz dépasse ${QUIZ_LIMITS.title} caractères.`,
      );
    const cells = (['choice1', 'choice2', 'choice3', 'choice4'] as const).map(get);
    const lastFilled = cells.reduce((last, c, index) => (c !== '' ? index : last), -1);
    const choices = cells.slice(0, lastFilled + 1);
    if (choices.length < QUIZ_LIMITS.minChoices)
      add('choice2', 'choices.tooFew', 'Give at least two choices.', 'Donnez au moins deux choix.');
    const gap = choices.findIndex((c) => c === '');
    if (gap >= 0)
      add(
        `choice${gap + 1}` as Column,
        'choices.gap',
        `Choice ${gap + 1} is empty but a later one is not: fill the choices in order.`,
        `Le choix ${gap + 1} est vide alors qu’un suivant ne l’est pas : remplissez les choix dans l’ordre.`,
      );
    const long = choices.findIndex((c) => c.length > QUIZ_LIMITS.choice);
    if (long >= 0)
      add(
        `choice${long + 1}` as Column,
        'choices.tooLong',
        `Choice ${long + 1} is longer than ${QUIZ_LIMITS.choice} characters.`,
        `Le choix ${long + 1} dépasse ${QUIZ_LIMITS.choice} caractères.`,
      );
    const lowered = choices.filter((c) => c !== '').map((c) => c.toLowerCase());
    if (new Set(lowered).size !== lowered.length)
      add(undefined, 'choices.duplicate', 'Two choices are the same.', 'Deux choix sont identiques.');
    const answer = get('answer');
    const correct = choiceIndexOf(answer);
    if (correct === undefined)
      add(
        'answer',
        'answer.invalid',
        `The right choice "${answer.slice(0, 20)}" is not 1 to 4 or A to D.`,
        `La bonne réponse « ${answer.slice(0, 20)} » n’est ni 1 à 4 ni A à D.`,
      );
    else if (correct >= choices.length || choices[correct] === '')
      add(
        'answer',
        'answer.emptyChoice',
        `The right choice is ${answer}, but that choice is empty.`,
        `La bonne réponse est ${answer}, mais ce choix est vide.`,
      );
    const explanation = get('explanation');
    if (explanation === '')
      add(
        'explanation',
        'explanation.missing',
        'Add a short explanation (shown after answering).',
        'Ajoutez une courte explication (affichée après la réponse).',
      );
    else if (explanation.length > QUIZ_LIMITS.explanation)
      add(
        'explanation',
        'explanation.tooLong',
        `The explanation is longer than ${QUIZ_LIMITS.explanation} characters.`,
        `L’explication dépasse ${QUIZ_LIMITS.explanation} caractères.`,
      );
    if (problems.length === before) {
      parsed.push({
        line: record.line,
        language: language!,
        title,
        question,
        choices,
        correct: correct!,
        explanation,
      });
    }
  }

  // One quiz per file: in each language, the title is given once (or repeated identically).
  const titles: Partial<Record<Language, string>> = {};
  for (const row of parsed) {
    if (row.title === '') continue;
    const known = titles[row.language];
    if (known === undefined) titles[row.language] = row.title;
    else if (known !== row.title)
      problems.push({
        line: row.line,
        column: 'quiz',
        code: 'title.different',
        en: `One quiz per file: this row's title differs from "${known.slice(0, 40)}".`,
        fr: `Un quiz par fichier : le titre de cette ligne diffère de « ${known.slice(0, 40)} ».`,
      });
  }
  const byLanguage = (language: Language) => parsed.filter((r) => r.language === language);
  const en = byLanguage('en');
  const fr = byLanguage('fr');
  for (const language of ['en', 'fr'] as const) {
    const first = byLanguage(language)[0];
    if (first && titles[language] === undefined)
      problems.push({
        line: first.line,
        column: 'quiz',
        code: 'title.missing',
        en: 'Give the quiz a title (on its first row at least).',
        fr: 'Donnez un titre au quiz (au moins sur sa première ligne).',
      });
  }
  // Both languages: the n-th French row translates the n-th English row.
  if (en.length > 0 && fr.length > 0) {
    if (en.length !== fr.length) {
      const extra = en.length > fr.length ? en[fr.length]! : fr[en.length]!;
      problems.push({
        line: extra.line,
        code: 'language.unpaired',
        en: `There are ${en.length} English and ${fr.length} French questions: give each question in both languages, in the same order.`,
        fr: `Il y a ${en.length} questions en anglais et ${fr.length} en français : donnez chaque question dans les deux langues, dans le même ordre.`,
      });
    } else {
      en.forEach((e, n) => {
        const f = fr[n]!;
        if (e.choices.length !== f.choices.length || e.correct !== f.correct)
          problems.push({
            line: f.line,
            code: 'language.mismatch',
            en: `This French row translates the English question on line ${e.line}, but its choices or right choice differ.`,
            fr: `Cette ligne en français traduit la question anglaise de la ligne ${e.line}, mais ses choix ou sa bonne réponse diffèrent.`,
          });
      });
    }
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    return { ok: false, problems };
  }

  const main = en.length > 0 ? en : fr;
  const other = en.length > 0 ? fr : [];
  const lang = (row: Row) => row.language;
  const localized = (row: Row, value: string, pair: Row | undefined, pairValue: string | undefined) => ({
    [lang(row)]: value,
    ...(pair ? { [lang(pair)]: pairValue } : {}),
  });
  return {
    ok: true,
    quiz: {
      title: { ...(titles.en ? { en: titles.en } : {}), ...(titles.fr ? { fr: titles.fr } : {}) },
      questions: main.map((row, n) => {
        const pair = other[n];
        return {
          text: localized(row, row.question, pair, pair?.question),
          choices: row.choices.map((choice, c) => localized(row, choice, pair, pair?.choices[c])),
          correct: row.correct,
          explanation: localized(row, row.explanation, pair, pair?.explanation),
        };
      }),
      rows: rows.length,
    },
  };
}

/** The template the tab offers for download: the header and two example questions in both languages. */
export const QUIZ_CSV_TEMPLATE = [
  'quiz,question,choice1,choice2,choice3,choice4,answer,explanation,language',
  '"Data basics","What does SQL stand for?","Structured Query Language","Simple Question Language","Sequential Query Logic",,A,"SQL is the Structured Query Language, born at IBM in the 1970s.",en',
  '"Data basics","Which chart shows a trend over time best?","Pie chart","Line chart",,,2,"A line chart joins points in time order, so the trend reads at a glance.",en',
  '"Les bases de la data","Que veut dire SQL ?","Structured Query Language","Simple Question Language","Sequential Query Logic",,A,"SQL est le Structured Query Language, né chez IBM dans les années 1970.",fr',
  '"Les bases de la data","Quel graphique montre le mieux une tendance dans le temps ?","Camembert","Courbe",,,2,"Une courbe relie les points dans l’ordre du temps : la tendance se lit d’un coup d’œil.",fr',
].join('\r\n');
