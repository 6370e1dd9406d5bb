/**
 * Sample nudge and settings cards, built by the real builders (bot/src/teams/cards/nudge-cards.ts)
 * from the planner's messages: every kind in English and French, a full digest with long titles,
 * and the settings card with its notes. Appended to `cardSamples` in card-samples.ts.
 */
import { previewMessages, type NudgeMessage } from '../../bot/src/domain/nudges/nudge-text';
import { NUDGE_KINDS } from '../../bot/src/domain/outbox/outbox';
import type { Language } from '../../bot/src/domain/shared/locale';
import { nudgeCard, settingsCard } from '../../bot/src/teams/cards/nudge-cards';

const teamsAppId = '8d5f3f2c-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
const LONG = 'Retour d’expérience « très » détaillé & <sans> balises : '.repeat(6);

const fullDigest = (language: Language): NudgeMessage => ({
  kind: 'digest',
  language,
  title: language === 'fr' ? 'Votre semaine dans Communauté Data & IA' : 'Your week in Data & AI community',
  lines: [
    language === 'fr' ? 'Le meilleur de la semaine, Inès :' : 'The best of the week, Alex:',
    'Picked for you (Data, Lyon).',
  ],
  items: Array.from({ length: 10 }, (_, n) => ({
    title: `${n + 1}. ${LONG}`,
    detail: `MLOps · ${n} reactions · ${n * 2} comments`,
    subPage: `post:post-${n}`,
  })),
  action: { title: language === 'fr' ? 'Ouvrir le fil' : 'Open the feed', subPage: 'feed' },
  summary: 'digest',
});

export const nudgeCardSamples: { name: string; card: Record<string, unknown> }[] = (
  ['en', 'fr'] as const
).flatMap((language) => [
  ...previewMessages(language).map((message) => ({
    name: `nudge ${message.kind} (${language})`,
    card: nudgeCard(message, teamsAppId).content,
  })),
  {
    name: `nudge welcome with accept (${language})`,
    card: nudgeCard(
      {
        ...previewMessages(language)[0]!,
        execute: { title: 'I accept the charter', verb: 'charter.accept', data: { version: 3 } },
      },
      teamsAppId,
    ).content,
  },
  {
    name: `nudge digest, ten long items (${language})`,
    card: nudgeCard(fullDigest(language), teamsAppId).content,
  },
  {
    name: `settings (${language}, defaults)`,
    card: settingsCard({
      language,
      teamsAppId,
      chosenLanguage: undefined,
      timeZone: undefined,
      quietHours: undefined,
      weeklyCap: undefined,
      mutedKinds: [],
      defaults: { weeklyCap: 5, quietHours: null },
      kinds: [...NUDGE_KINDS],
    }).content,
  },
  {
    name: `settings (${language}, saved, quiet hours, some kinds off)`,
    card: settingsCard({
      language,
      teamsAppId,
      chosenLanguage: language,
      timeZone: 'America/Argentina/Buenos_Aires',
      quietHours: { start: '21:30', end: '07:15' },
      weeklyCap: 0,
      mutedKinds: ['digest', 'circlePosts'],
      defaults: { weeklyCap: 3, quietHours: { start: '20:00', end: '08:00' } },
      kinds: ['quiet', 'circlePosts', 'replies', 'digest', 'badges', 'quizzes'],
      note: { text: language === 'fr' ? 'Enregistré.' : 'Saved.', good: true },
    }).content,
  },
  {
    name: `settings (${language}, what to fix)`,
    card: settingsCard({
      language,
      teamsAppId,
      chosenLanguage: 'fr',
      timeZone: 'Europe/Paris',
      quietHours: undefined,
      weeklyCap: 2,
      mutedKinds: [],
      defaults: { weeklyCap: 5, quietHours: null },
      kinds: [...NUDGE_KINDS],
      note: { text: '« Paris » n’est pas un fuseau horaire.', good: false },
    }).content,
  },
]);
