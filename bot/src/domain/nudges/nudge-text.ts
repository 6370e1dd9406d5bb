import type { NudgeKind } from '../outbox/outbox';
import type { Language } from '../shared/locale';

/**
 * Everything a nudge says, in English and French. The planner writes each message in its
 * member's language from these; the card builder lays it out; the animator's preview reads them
 * with sample data. Typed keys: a missing translation does not compile.
 */
const text = {
  en: {
    'welcome.title': 'Welcome, {name}!',
    'welcome.intro':
      'You joined {community} {since}. Our charter says why we are here and how we work together: it takes two minutes to read.',
    'welcome.circles': 'Your circles: {circles}.',
    'welcome.action': 'Read the charter',
    'welcome.accept': 'I accept the charter',
    'quiet.title': 'We miss you, {name}',
    'quiet.intro': 'It has been {weeks} weeks. Here is something from your circles worth your time:',
    'quiet.action': 'Open Guildhall',
    'circlePosts.title': 'New in your circles',
    'circlePosts.intro.one': '1 new post in {circles} since {since}:',
    'circlePosts.intro.other': '{count} new posts in {circles} since {since}:',
    'circlePosts.action': 'Open the feed',
    'replies.title': 'New replies to “{post}”',
    'replies.intro.one': '{names} replied to your {what}.',
    'replies.intro.other': '{names} left {count} replies to your {what}.',
    'replies.post': 'post',
    'replies.comment': 'comment',
    'replies.action': 'Read the replies',
    'digest.title': 'Your week in {community}',
    'digest.intro': 'The best of the week in your circles, {name}:',
    'digest.empty': 'A quiet week in your circles. Why not share something?',
    'digest.action': 'Open the feed',
    'badges.title': 'New badge: {badge}',
    'badges.intro': 'Congratulations, {name}! {description}',
    'badges.action': 'Open my progress',
    'events.title': 'Soon: {event}',
    'events.intro': '{event} starts {when}.',
    'events.action': 'Open the event',
    'quizzes.title': 'A new quiz',
    'quizzes.intro': 'Test what you know in two minutes.',
    'quizzes.action': 'Open Guildhall',
    segment: 'Picked for you ({segment}).',
    stats: '{circle} · {reactions} reactions · {comments} comments',
    anAuthor: 'A member',
    settings: 'Change what I get',
    and: ' and ',
    others: '{names} and {count} others',
  },
  fr: {
    'welcome.title': 'Bienvenue, {name} !',
    'welcome.intro':
      'Vous avez rejoint {community} {since}. Notre charte dit pourquoi nous sommes là et comment nous travaillons ensemble : deux minutes de lecture.',
    'welcome.circles': 'Vos cercles : {circles}.',
    'welcome.action': 'Lire la charte',
    'welcome.accept': 'J’accepte la charte',
    'quiet.title': 'Vous nous manquez, {name}',
    'quiet.intro': 'Cela fait {weeks} semaines. Voici de quoi vos cercles parlent, et qui vaut le détour :',
    'quiet.action': 'Ouvrir Guildhall',
    'circlePosts.title': 'Nouveautés dans vos cercles',
    'circlePosts.intro.one': '1 nouvelle publication dans {circles} depuis {since} :',
    'circlePosts.intro.other': '{count} nouvelles publications dans {circles} depuis {since} :',
    'circlePosts.action': 'Ouvrir le fil',
    'replies.title': 'Nouvelles réponses à « {post} »',
    'replies.intro.one': '{names} a répondu à votre {what}.',
    'replies.intro.other': '{names} ont laissé {count} réponses à votre {what}.',
    'replies.post': 'publication',
    'replies.comment': 'commentaire',
    'replies.action': 'Lire les réponses',
    'digest.title': 'Votre semaine dans {community}',
    'digest.intro': 'Le meilleur de la semaine dans vos cercles, {name} :',
    'digest.empty': 'Une semaine calme dans vos cercles. Et si vous partagiez quelque chose ?',
    'digest.action': 'Ouvrir le fil',
    'badges.title': 'Nouveau badge : {badge}',
    'badges.intro': 'Félicitations, {name} ! {description}',
    'badges.action': 'Ouvrir ma progression',
    'events.title': 'Bientôt : {event}',
    'events.intro': '{event} commence {when}.',
    'events.action': 'Ouvrir l’événement',
    'quizzes.title': 'Un nouveau quiz',
    'quizzes.intro': 'Testez vos connaissances en deux minutes.',
    'quizzes.action': 'Ouvrir Guildhall',
    segment: 'Choisi pour vous ({segment}).',
    stats: '{circle} · {reactions} réactions · {comments} commentaires',
    anAuthor: 'Un membre',
    settings: 'Choisir ce que je reçois',
    and: ' et ',
    others: '{names} et {count} autres',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type NudgeTextKey = keyof (typeof text)['en'];

/** A nudge sentence in a language, with `{name}` placeholders filled. */
export function nt(
  language: Language,
  key: NudgeTextKey,
  vars: Record<string, string | number> = {},
): string {
  const template: string = text[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}

/** "Ana, Ben and Chloé"; more than three become "Ana, Ben and 4 others". */
export function listOf(language: Language, names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  if (unique.length <= 3) return `${unique.slice(0, -1).join(', ')}${nt(language, 'and')}${unique.at(-1)}`;
  return nt(language, 'others', { names: unique.slice(0, 2).join(', '), count: unique.length - 2 });
}

/** One post a nudge points to. */
export interface NudgeItem {
  title: string;
  /** "Circle · 3 reactions · 2 comments", or an excerpt. */
  detail: string;
  /** Tab sub-page the item opens (`post:<id>`). */
  subPage: string;
}

/**
 * One personal message, already written in its member's language: what the card shows. Plain
 * data, so the domain decides what to say and `teams/cards/nudge-cards.ts` only lays it out.
 */
export interface NudgeMessage {
  kind: NudgeKind;
  language: Language;
  title: string;
  lines: string[];
  items: NudgeItem[];
  /** The main button: opens the tab at `subPage` (home when absent). */
  action: { title: string; subPage?: string };
  /** A button that acts in the card itself (a Universal Action), e.g. accepting the charter. */
  execute?: { title: string; verb: string; data: Record<string, unknown> };
  /** The notification preview (the activity's summary). */
  summary: string;
}

/** Builds the cards' activities; implemented by the Teams layer. */
export type NudgeRenderer = (message: NudgeMessage) => Record<string, unknown>;

/** Sample messages of each kind, for the animator's preview of the rules. */
export function previewMessages(language: Language): NudgeMessage[] {
  const sampleItems: NudgeItem[] = [
    {
      title:
        language === 'fr'
          ? 'Retour d’expérience : notre premier modèle en production'
          : 'What we learnt shipping our first model',
      detail: nt(language, 'stats', { circle: 'MLOps', reactions: 12, comments: 5 }),
      subPage: 'post:sample',
    },
  ];
  const name = 'Alex';
  const community = language === 'fr' ? 'Communauté Data & IA' : 'Data & AI Community';
  const message = (
    kind: NudgeKind,
    title: string,
    lines: string[],
    items: NudgeItem[],
    action: string,
  ): NudgeMessage => ({ kind, language, title, lines, items, action: { title: action }, summary: title });
  return [
    message(
      'welcome',
      nt(language, 'welcome.title', { name }),
      [nt(language, 'welcome.intro', { community, since: language === 'fr' ? 'hier' : 'yesterday' })],
      [],
      nt(language, 'welcome.action'),
    ),
    message(
      'quiet',
      nt(language, 'quiet.title', { name }),
      [nt(language, 'quiet.intro', { weeks: 3 })],
      sampleItems,
      nt(language, 'quiet.action'),
    ),
    message(
      'circlePosts',
      nt(language, 'circlePosts.title'),
      [nt(language, 'circlePosts.intro.other', { count: 3, circles: 'MLOps, Dataviz', since: '08:00' })],
      sampleItems,
      nt(language, 'circlePosts.action'),
    ),
    message(
      'replies',
      nt(language, 'replies.title', { post: sampleItems[0]!.title }),
      [
        nt(language, 'replies.intro.other', {
          names: listOf(language, ['Ana', 'Ben']),
          count: 2,
          what: nt(language, 'replies.post'),
        }),
      ],
      [],
      nt(language, 'replies.action'),
    ),
    message(
      'events',
      nt(language, 'events.title', { event: 'Show & tell' }),
      [
        nt(language, 'events.intro', {
          event: 'Show & tell',
          when: language === 'fr' ? 'demain à 11:00' : 'tomorrow at 11:00',
        }),
      ],
      [],
      nt(language, 'events.action'),
    ),
    message(
      'digest',
      nt(language, 'digest.title', { community }),
      [nt(language, 'digest.intro', { name }), nt(language, 'segment', { segment: 'Data Science, Paris' })],
      sampleItems,
      nt(language, 'digest.action'),
    ),
    message(
      'badges',
      nt(language, 'badges.title', { badge: language === 'fr' ? 'Première réponse' : 'First answer' }),
      [
        nt(language, 'badges.intro', {
          name,
          description: language === 'fr' ? 'Vous avez répondu à une question.' : 'You answered a question.',
        }),
      ],
      [],
      nt(language, 'badges.action'),
    ),
  ];
}
