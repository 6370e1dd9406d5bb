/** The commands the bot understands, with their English and French words. */
export const COMMANDS = [
  { id: 'help', words: { en: 'help', fr: 'aide' }, aliases: ['?', 'aide', 'help', 'hi', 'hello', 'bonjour'] },
  { id: 'charter', words: { en: 'charter', fr: 'charte' }, aliases: ['charter', 'charte'] },
  { id: 'feed', words: { en: 'feed', fr: 'fil' }, aliases: ['feed', 'fil', 'news', 'nouveautes'] },
  {
    id: 'points',
    words: { en: 'points', fr: 'points' },
    aliases: ['points', 'score', 'progress', 'progression', 'badges'],
  },
  {
    id: 'leaderboard',
    words: { en: 'leaderboard', fr: 'classement' },
    aliases: ['leaderboard', 'classement', 'ranking', 'top'],
  },
  { id: 'quiz', words: { en: 'quiz', fr: 'quiz' }, aliases: ['quiz', 'quizz', 'quizzes'] },
  { id: 'poll', words: { en: 'poll', fr: 'sondage' }, aliases: ['poll', 'sondage', 'survey'] },
  {
    id: 'settings',
    words: { en: 'settings', fr: 'réglages' },
    aliases: ['settings', 'reglages', 'parametres', 'preferences', 'notifications'],
  },
] as const;

export type CommandId = (typeof COMMANDS)[number]['id'];

/** What a message asks for. */
export type ParsedCommand =
  { kind: 'command'; id: CommandId; args: string } | { kind: 'empty' } | { kind: 'unknown'; text: string };

/**
 * Reads a message whose bot @mention was already removed. Case, accents and trailing punctuation
 * do not matter ("Aide !" is help).
 */
export function parseCommand(text: string): ParsedCommand {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  if (cleaned === '') return { kind: 'empty' };
  const [first = '', ...rest] = cleaned.split(' ');
  const word = normalize(first);
  for (const command of COMMANDS) {
    if ((command.aliases as readonly string[]).includes(word)) {
      return { kind: 'command', id: command.id, args: rest.join(' ') };
    }
  }
  return { kind: 'unknown', text: cleaned.slice(0, 60) };
}

function normalize(word: string): string {
  if (word === '?') return word;
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^[/!]+/, '')
    .replace(/[.!?,;:]+$/, '');
}
