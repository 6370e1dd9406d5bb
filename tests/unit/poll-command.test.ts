import { parsePollCommand, utcOffsetOf } from '../../bot/src/teams/poll-command';

const now = new Date('2025-03-11T10:00:00.000Z');
const utc = { now, utcOffsetMinutes: 0 };
const paris = { now, utcOffsetMinutes: 60 };

describe('reading the poll command', () => {
  it('reads a question and options separated by bars, with single choice, named, live and no closing time', () => {
    expect(parsePollCommand(' Which day for the meetup? | Tuesday | Thursday | Friday', utc)).toEqual({
      kind: 'poll',
      input: {
        question: 'Which day for the meetup?',
        options: ['Tuesday', 'Thursday', 'Friday'],
        choice: 'single',
        anonymous: false,
        results: 'live',
      },
    });
  });

  it('reads one option per line (Teams sends line breaks as <br> or newlines)', () => {
    const parsed = parsePollCommand('Lunch?<br>Pizza<br/>Sushi\nSalad', utc);
    expect(parsed).toMatchObject({
      kind: 'poll',
      input: { question: 'Lunch?', options: ['Pizza', 'Sushi', 'Salad'] },
    });
  });

  it('reads options written after the question mark with commas and "or" / "ou"', () => {
    expect(parsePollCommand('Which day? Tuesday, Thursday or Friday', utc)).toMatchObject({
      input: { question: 'Which day?', options: ['Tuesday', 'Thursday', 'Friday'] },
    });
    expect(parsePollCommand('Quel jour ? Mardi, jeudi ou vendredi', utc)).toMatchObject({
      input: { question: 'Quel jour ?', options: ['Mardi', 'jeudi', 'vendredi'] },
    });
  });

  it('reads English flags before the question and in a segment of their own', () => {
    const parsed = parsePollCommand('multi anonymous Topics? | Testing | Security | hidden closes 2h', utc);
    expect(parsed).toEqual({
      kind: 'poll',
      input: {
        question: 'Topics?',
        options: ['Testing', 'Security'],
        choice: 'multiple',
        anonymous: true,
        results: 'afterClose',
        durationMs: 2 * 3_600_000,
      },
    });
  });

  it('reads French flags, accents and durations in days', () => {
    const parsed = parsePollCommand('plusieurs anonyme masqué Sujets ? | Tests | Sécurité | ferme 3j', utc);
    expect(parsed).toMatchObject({
      kind: 'poll',
      input: { choice: 'multiple', anonymous: true, results: 'afterClose', durationMs: 3 * 86_400_000 },
    });
    expect(parsePollCommand('Sujets ? | A | B | ferme dans 30 min', utc)).toMatchObject({
      input: { durationMs: 30 * 60_000 },
    });
  });

  it('reads flags written right after the question mark', () => {
    expect(parsePollCommand('Which day? multi | Tue | Thu', utc)).toMatchObject({
      input: { question: 'Which day?', choice: 'multiple', options: ['Tue', 'Thu'] },
    });
  });

  it('reads "until 17:00" in the writer’s time zone, today or tomorrow when already past', () => {
    expect(parsePollCommand('Q? | A | B | until 17:00', paris)).toMatchObject({
      input: { closesAt: '2025-03-11T16:00:00.000Z' },
    });
    // 09:30 in Paris has passed (it is 11:00 there): tomorrow.
    expect(parsePollCommand('Q? | A | B | until 9:30', paris)).toMatchObject({
      input: { closesAt: '2025-03-12T08:30:00.000Z' },
    });
    expect(parsePollCommand('Q ? | A | B | jusqu’à 17h30', paris)).toMatchObject({
      input: { closesAt: '2025-03-11T16:30:00.000Z' },
    });
    expect(parsePollCommand('Q? | A | B | until 5pm tomorrow', utc)).toMatchObject({
      input: { closesAt: '2025-03-12T17:00:00.000Z' },
    });
  });

  it('asks for the form when nothing follows the command', () => {
    expect(parsePollCommand('', utc)).toEqual({ kind: 'form' });
    expect(parsePollCommand('   ', utc)).toEqual({ kind: 'form' });
  });

  it('says what is wrong: too few or too many options, no question, unreadable time', () => {
    expect(parsePollCommand('Only one? | Yes', utc)).toEqual({ kind: 'help', problem: 'tooFewOptions' });
    expect(parsePollCommand('Which? | 1 | 2 | 3 | 4 | 5 | 6 | 7', utc)).toEqual({
      kind: 'help',
      problem: 'tooManyOptions',
    });
    expect(parsePollCommand('multi | A | B', utc)).toEqual({ kind: 'help', problem: 'tooFewOptions' });
    expect(parsePollCommand('Q? | A | B | closes soonish', utc)).toEqual({
      kind: 'help',
      problem: 'badTime',
    });
    expect(parsePollCommand('just some words', utc)).toEqual({ kind: 'help', problem: 'tooFewOptions' });
  });

  it('decodes the HTML entities Teams puts in message text', () => {
    expect(parsePollCommand('R&amp;D or Ops? | R&amp;D | Ops&nbsp;', utc)).toMatchObject({
      input: { question: 'R&D or Ops?', options: ['R&D', 'Ops'] },
    });
  });

  it('reads the writer’s offset from Teams’ local timestamp', () => {
    expect(utcOffsetOf('2025-03-11T11:00:00.000+01:00')).toBe(60);
    expect(utcOffsetOf('2025-03-11T05:00:00-05:00')).toBe(-300);
    expect(utcOffsetOf(undefined)).toBe(0);
  });
});

describe('reading the poll command: questions that start like a flag', () => {
  it('keeps "In which city?" as the question, and an option starting with "for" as an option', () => {
    expect(parsePollCommand('In which city? | Paris | Lyon | for fun', utc)).toMatchObject({
      kind: 'poll',
      input: { question: 'In which city?', options: ['Paris', 'Lyon', 'for fun'] },
    });
  });
});
