import {
  detectDelimiter,
  parseCsv,
  QUIZ_CSV_TEMPLATE,
  quizFromCsv,
} from '../../bot/src/domain/quizzes/quiz-csv';

const HEADER = 'quiz,question,choice1,choice2,choice3,choice4,answer,explanation,language';

describe('CSV records', () => {
  it('splits quoted fields holding the delimiter, line breaks (LF and CRLF) and doubled quotes', () => {
    const { records, problem } = parseCsv('a,"b,c","d\r\ne","say ""hi"""\r\nx,y\n', ',');
    expect(problem).toBeUndefined();
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b,c', 'd\ne', 'say "hi"'] },
      { line: 3, cells: ['x', 'y'] },
    ]);
  });

  it('skips blank lines but keeps counting them', () => {
    const { records } = parseCsv('a;b\n\n\nc;d', ';');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
  });

  it('reports an unclosed quote on the line where it opened', () => {
    const { problem } = parseCsv('a,b\nc,"never closed\nmore', ',');
    expect(problem).toMatchObject({ line: 2, code: 'csv.unclosedQuote' });
  });

  it('detects the delimiter from the header, ignoring quoted ones', () => {
    expect(detectDelimiter('quiz;question;"a,b,c"\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('quiz,question,"a;b;c;d"')).toBe(',');
  });
});

describe('Quizzes from CSV', () => {
  it('reads the template the tab offers as one bilingual quiz', () => {
    const result = quizFromCsv(QUIZ_CSV_TEMPLATE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.quiz.title).toEqual({ en: 'Data basics', fr: 'Les bases de la data' });
    expect(result.quiz.questions).toHaveLength(2);
    expect(result.quiz.questions[1]).toMatchObject({
      correct: 1,
      choices: [
        { en: 'Pie chart', fr: 'Camembert' },
        { en: 'Line chart', fr: 'Courbe' },
      ],
    });
  });

  it('accepts letters or numbers for the right choice, French headers and language names', () => {
    const csv = [
      'Titre;Question;Choix 1;Choix 2;Choix 3;Bonne réponse;Explication;Langue',
      'Q;Un ?;a;b;c;c;Parce que.;Français',
      ';Deux ?;a;b;;2;Parce que.;fr',
    ].join('\n');
    const result = quizFromCsv(csv);
    expect(result).toMatchObject({ ok: true, quiz: { questions: [{ correct: 2 }, { correct: 1 }] } });
  });

  it('lists every problem with its line and column, sorted by line', () => {
    const csv = [
      HEADER,
      'T,Fine?,a,b,,,A,ok,en',
      'T,Gap?,a,,c,,A,ok,en',
      'T,Dup?,a,A,,,B,ok,en',
      'T,Empty right?,a,b,,,C,ok,en',
      'Other,Title?,a,b,,,A,ok,xx',
    ].join('\n');
    const result = quizFromCsv(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.code, p.column])).toEqual([
      [3, 'choices.gap', 'choice2'],
      [4, 'choices.duplicate', undefined],
      [5, 'answer.emptyChoice', 'answer'],
      [6, 'language.unknown', 'language'],
    ]);
  });

  it('refuses two titles in one language (one quiz per file)', () => {
    const result = quizFromCsv([HEADER, 'A,One?,x,y,,,1,ok,en', 'B,Two?,x,y,,,1,ok,en'].join('\n'));
    expect(result).toMatchObject({ ok: false, problems: [{ line: 3, code: 'title.different' }] });
  });

  it('refuses unpaired or mismatched translations', () => {
    const unpaired = quizFromCsv(
      [HEADER, 'A,One?,x,y,,,1,ok,en', 'A,Two?,x,y,,,1,ok,en', 'B,Un ?,x,y,,,1,ok,fr'].join('\n'),
    );
    expect(unpaired).toMatchObject({ ok: false, problems: [{ line: 3, code: 'language.unpaired' }] });
    const mismatched = quizFromCsv([HEADER, 'A,One?,x,y,,,1,ok,en', 'B,Un ?,x,y,,,2,ok,fr'].join('\n'));
    expect(mismatched).toMatchObject({ ok: false, problems: [{ line: 3, code: 'language.mismatch' }] });
  });

  it('refuses more than 40 rows, an empty file and oversized text', () => {
    const rows = Array.from({ length: 41 }, (_, n) => `T,Q${n}?,x,y,,,1,ok,en`);
    expect(quizFromCsv([HEADER, ...rows].join('\n'))).toMatchObject({
      ok: false,
      problems: [{ line: 42, code: 'csv.tooManyRows' }],
    });
    expect(quizFromCsv(HEADER)).toMatchObject({ ok: false, problems: [{ code: 'csv.empty' }] });
    expect(quizFromCsv('x'.repeat(100_001))).toMatchObject({
      ok: false,
      problems: [{ code: 'csv.tooLarge' }],
    });
  });

  it('ignores a BOM and trims cells', () => {
    const result = quizFromCsv(`\uFEFF${HEADER}\n  T  , Why? , a , b ,,, 1 , ok ,  `);
    expect(result).toMatchObject({
      ok: true,
      quiz: {
        title: { en: 'T' },
        questions: [{ text: { en: 'Why?' }, choices: [{ en: 'a' }, { en: 'b' }] }],
      },
    });
  });
});
