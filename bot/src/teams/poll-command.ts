import type { PollInput } from '../domain/polls/poll-service';

/** Why a `poll` message could not be read (the help card says which). */
export type PollSyntaxProblem = 'noQuestion' | 'tooFewOptions' | 'tooManyOptions' | 'badTime';

/** What a `poll` message asks for. */
export type PollCommand =
  { kind: 'form' } | { kind: 'help'; problem: PollSyntaxProblem } | { kind: 'poll'; input: PollInput };

/** When and where the message was written: "until 17:00" is the writer's 17:00. */
export interface PollClock {
  now: Date;
  /** The writer's offset from UTC in minutes (Teams sends it in `localTimestamp`); 0 when unknown. */
  utcOffsetMinutes: number;
}

const MULTI = ['multi', 'multiple', 'multiples', 'several', 'plusieurs', 'multichoix', 'checkbox'];
const SINGLE = ['single', 'unique', 'simple'];
const ANONYMOUS = ['anonymous', 'anon', 'anonyme', 'anonymes', 'secret'];
const NAMED = ['named', 'public', 'nominatif', 'nominative', 'signed'];
const HIDDEN = ['hidden', 'masque', 'masques', 'cache', 'caches', 'later', 'blind', 'afterclose'];
const LIVE = ['live', 'direct', 'visible'];
const DURATION_WORDS = [
  'closes',
  'close',
  'closing',
  'ends',
  'for',
  'in',
  'ferme',
  'fermeture',
  'cloture',
  'clos',
  'fin',
  'dans',
  'pendant',
  'duree',
  'duration',
];
const UNTIL_WORDS = ['until', 'till', 'by', 'jusqua', 'avant'];
const TOMORROW = ['tomorrow', 'demain'];

const UNIT_MS: [RegExp, number][] = [
  [/^(m|min|mins|minute|minutes)$/, 60_000],
  [/^(h|hr|hrs|hour|hours|heure|heures)$/, 3_600_000],
  [/^(d|day|days|j|jour|jours)$/, 86_400_000],
  [/^(w|wk|week|weeks|sem|semaine|semaines)$/, 7 * 86_400_000],
];

/**
 * Reads the text after `poll` / `sondage` (the bot's @mention already removed). Forgiving:
 *
 * - `Which day for the meetup? | Tuesday | Thursday | Friday` (bars or one option per line);
 * - `Which day? Tuesday, Thursday or Friday` (after the question mark, commas and "or"/"ou");
 * - flags before the question or in a segment of their own, in English or French:
 *   `multi`/`plusieurs`, `anonymous`/`anonyme`, `hidden`/`masqué` (results after close),
 *   `closes 2h`/`ferme 2j`/`in 30 min`, `until 17:00`/`jusqu’à 17h30`/`until 5pm tomorrow`.
 *
 * Nothing after the command word asks for the form card. Rules on lengths and duplicates are the
 * domain's (PollService.validate).
 */
export function parsePollCommand(raw: string, clock: PollClock): PollCommand {
  const text = cleanText(raw);
  if (text.replace(/[\s|]/g, '') === '') return { kind: 'form' };

  const state: FlagState = {};
  let segments = text
    .split(/[|\n]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);

  // Flags written before the question.
  const firstTokens = tokens(segments[0] ?? '');
  // Not strict: "In which city?" starts with a word that could lead a closing time.
  const consumed = readFlags(firstTokens, state, clock, false);
  if (consumed === 'bad') return { kind: 'help', problem: 'badTime' };
  segments[0] = firstTokens.slice(consumed).join(' ');
  if (segments[0] === '') segments = segments.slice(1);

  let question = segments[0] ?? '';
  let options = segments.slice(1);

  // Flags after the question mark in the question's own segment: "Which day? multi | …".
  const mark = question.lastIndexOf('?');
  if (mark >= 0 && mark < question.length - 1) {
    const after = tokens(question.slice(mark + 1));
    const used = readFlags(after, { ...state }, clock);
    if (used !== 'bad' && used === after.length) {
      readFlags(after, state, clock);
      question = question.slice(0, mark + 1).trim();
    } else if (options.length === 0) {
      // One line: "Which day? Tuesday, Thursday or Friday".
      options = question
        .slice(mark + 1)
        .split(/\s*[,;]\s*|\s+(?:or|ou)\s+|\s+\/\s+/i)
        .map((o) => o.trim())
        .filter((o) => o.length > 0);
      question = question.slice(0, mark + 1).trim();
    }
  }

  // Segments made only of flags are flags (`| multi anonymous | closes 2h`).
  const kept: string[] = [];
  for (const option of options) {
    const words = tokens(option);
    const used = readFlags(words, { ...state }, clock);
    if (used !== 'bad' && used === words.length && words.length > 0) readFlags(words, state, clock);
    else if (used === 'bad' && STRONG_LEADS.includes(normalize(words[0] ?? ''))) {
      return { kind: 'help', problem: 'badTime' };
    } else kept.push(option);
  }

  if (question === '') return { kind: 'help', problem: 'noQuestion' };
  if (kept.length < 2) return { kind: 'help', problem: 'tooFewOptions' };
  if (kept.length > 6) return { kind: 'help', problem: 'tooManyOptions' };
  return {
    kind: 'poll',
    input: {
      question,
      options: kept,
      choice: state.choice ?? 'single',
      anonymous: state.anonymous ?? false,
      results: state.results ?? 'live',
      ...(state.closesAt ? { closesAt: state.closesAt } : {}),
      ...(state.durationMs ? { durationMs: state.durationMs } : {}),
    },
  };
}

interface FlagState {
  choice?: PollInput['choice'];
  anonymous?: boolean;
  results?: PollInput['results'];
  durationMs?: number;
  closesAt?: string;
}

/**
 * Consumes flags from the start of `words`; returns how many words they took. An unreadable time
 * after "closes"/"until" is 'bad' when `strict`, else where the flags end.
 */
function readFlags(
  words: readonly string[],
  state: FlagState,
  clock: PollClock,
  strict = true,
): number | 'bad' {
  const bad = (at: number) => (strict ? 'bad' : at);
  let i = 0;
  while (i < words.length) {
    const word = normalize(words[i]!);
    if (MULTI.includes(word)) state.choice = 'multiple';
    else if (SINGLE.includes(word)) state.choice = 'single';
    else if (ANONYMOUS.includes(word)) state.anonymous = true;
    else if (NAMED.includes(word)) state.anonymous = false;
    else if (HIDDEN.includes(word)) state.results = 'afterClose';
    else if (LIVE.includes(word)) state.results = 'live';
    else if (DURATION_WORDS.includes(word)) {
      // "closes in 2h", "ferme dans 2 h", "closes at 17:00".
      let j = i + 1;
      const next = normalize(words[j] ?? '');
      if (next === 'in' || next === 'dans') j++;
      if (next === 'at' || next === 'a') {
        const until = readTime(words, j + 1, clock);
        if (!until) return bad(i);
        state.closesAt = until.closesAt;
        delete state.durationMs;
        i = until.end;
        continue;
      }
      const duration = readDuration(words, j);
      if (!duration) {
        const until = readTime(words, j, clock);
        if (!until) return bad(i);
        state.closesAt = until.closesAt;
        delete state.durationMs;
        i = until.end;
        continue;
      }
      state.durationMs = duration.ms;
      delete state.closesAt;
      i = duration.end;
      continue;
    } else if (UNTIL_WORDS.includes(word)) {
      const until = readTime(words, i + 1, clock);
      if (!until) return bad(i);
      state.closesAt = until.closesAt;
      delete state.durationMs;
      i = until.end;
      continue;
    } else break;
    i++;
  }
  return i;
}

/** Words that only lead a closing time (an option starting with "in" or "for" is an option). */
const STRONG_LEADS = [
  'closes',
  'close',
  'closing',
  'ends',
  'ferme',
  'fermeture',
  'cloture',
  'clos',
  'until',
  'till',
  'jusqua',
];

/** `2h`, `2 h`, `30min`, `1.5 days`, `3j`. */
function readDuration(words: readonly string[], start: number): { ms: number; end: number } | undefined {
  const first = normalize(words[start] ?? '');
  let match = /^(\d+(?:[.,]\d+)?)([a-z]+)$/.exec(first);
  let end = start + 1;
  if (!match && /^\d+(?:[.,]\d+)?$/.test(first)) {
    match = /^(\d+(?:[.,]\d+)?)([a-z]+)$/.exec(first + normalize(words[start + 1] ?? ''));
    end = start + 2;
  }
  if (!match) return undefined;
  const amount = Number(match[1]!.replace(',', '.'));
  const unit = UNIT_MS.find(([pattern]) => pattern.test(match[2]!));
  if (!unit || !(amount > 0)) return undefined;
  return { ms: Math.round(amount * unit[1]), end };
}

/** `17:00`, `17h`, `17h30`, `5pm`, `5 pm`, each optionally followed or preceded by tomorrow/demain. */
function readTime(
  words: readonly string[],
  start: number,
  clock: PollClock,
): { closesAt: string; end: number } | undefined {
  let i = start;
  let tomorrow = false;
  if (TOMORROW.includes(normalize(words[i] ?? ''))) {
    tomorrow = true;
    i++;
  }
  let word = normalize(words[i] ?? '');
  const suffix = normalize(words[i + 1] ?? '');
  if (/^\d{1,2}$/.test(word) && (suffix === 'am' || suffix === 'pm' || suffix === 'h')) {
    word += suffix;
    i++;
  }
  const match = /^(\d{1,2})(?:(?::|h|\.)(\d{2})?)?(am|pm)?$/.exec(word);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (match[3] === 'pm' && hours < 12) hours += 12;
  if (match[3] === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return undefined;
  i++;
  if (TOMORROW.includes(normalize(words[i] ?? ''))) {
    tomorrow = true;
    i++;
  }
  // The writer's wall clock: shift to their offset, set the time, shift back.
  const offsetMs = clock.utcOffsetMinutes * 60_000;
  const local = new Date(clock.now.getTime() + offsetMs);
  local.setUTCHours(hours, minutes, 0, 0);
  if (tomorrow) local.setUTCDate(local.getUTCDate() + 1);
  else if (local.getTime() - offsetMs <= clock.now.getTime()) local.setUTCDate(local.getUTCDate() + 1);
  return { closesAt: new Date(local.getTime() - offsetMs).toISOString(), end: i };
}

function tokens(segment: string): string[] {
  return segment.split(/\s+/).filter((w) => w.length > 0);
}

/** Lower case, no accents, no apostrophes, no punctuation around (`jusqu’à` is `jusqua`). */
function normalize(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/^[([{-]+|[)\]},;!]+$/g, '');
}

/** Teams sends message text with a few HTML entities and, for multi-line messages, line breaks. */
function cleanText(raw: string): string {
  return raw
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\r/g, '');
}

/**
 * The writer's UTC offset in minutes from Teams' `localTimestamp` (`2024-05-01T10:00:00.000+02:00`;
 * botbuilder keeps the original text in `rawLocalTimestamp`), 0 when it is missing.
 */
export function utcOffsetOf(localTimestamp: unknown): number {
  const text = typeof localTimestamp === 'string' ? localTimestamp : '';
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
