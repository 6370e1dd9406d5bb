import type { QuietHours } from '../../domain/nudges/nudge-rules';
import type { NudgeMessage } from '../../domain/nudges/nudge-text';
import type { NudgeKind } from '../../domain/outbox/outbox';
import type { Language } from '../../domain/shared/locale';
import {
  adaptiveCard,
  attachment,
  plain,
  tabDeepLink,
  textBlock,
  type CardAttachment,
} from './adaptive-card';

/**
 * A personal nudge, laid out: title, personal lines, the posts it points to, and the way in. The
 * message is plain text with members' names and titles in it, so every line goes through `plain()`.
 */
export function nudgeCard(message: NudgeMessage, teamsAppId: string): CardAttachment {
  const actions: unknown[] = [];
  if (message.execute) {
    actions.push({
      type: 'Action.Execute',
      title: message.execute.title,
      verb: message.execute.verb,
      data: message.execute.data,
      style: 'positive',
    });
  }
  actions.push({
    type: 'Action.OpenUrl',
    title: message.action.title,
    url: tabDeepLink(teamsAppId, message.action.subPage),
  });
  actions.push({
    type: 'Action.OpenUrl',
    title: settingsText[message.language].change,
    url: tabDeepLink(teamsAppId, 'settings'),
  });
  return attachment(
    adaptiveCard(
      [
        textBlock(plain(message.title), { size: 'Large', weight: 'Bolder' }),
        ...message.lines.map((line, n) =>
          textBlock(plain(line), n === 0 ? {} : { isSubtle: true, spacing: 'Small' }),
        ),
        // Items link with markdown, not selectActions: those count towards the card's 6 actions.
        ...message.items.slice(0, 10).map((item) => ({
          type: 'Container',
          spacing: 'Medium',
          separator: true,
          items: [
            textBlock(`[${plain(item.title)}](${tabDeepLink(teamsAppId, item.subPage)})`, {
              weight: 'Bolder',
            }),
            textBlock(plain(item.detail), { isSubtle: true, spacing: 'None', size: 'Small' }),
          ],
        })),
      ],
      actions,
    ),
  );
}

/** The Bot Framework activity of a nudge (plain JSON: the outbox stores it). */
export function nudgeActivity(message: NudgeMessage, teamsAppId: string): Record<string, unknown> {
  return { type: 'message', summary: message.summary, attachments: [nudgeCard(message, teamsAppId)] };
}

/** Words of the settings card, in both languages. */
const settingsText = {
  en: {
    title: 'Your settings',
    intro: 'Choose what I send you, and when. Everything else stays as it is.',
    language: 'Language',
    timeZone: 'Time zone (e.g. Europe/Paris)',
    quietHours: 'Quiet hours: no messages from … to …',
    quietOn: 'Keep quiet hours',
    from: 'From',
    to: 'To',
    weeklyCap: 'At most this many messages a week (empty: the community’s {cap})',
    kinds: 'What I get',
    save: 'Save',
    open: 'Open settings in Guildhall',
    change: 'Change what I get',
    saved: 'Saved. Your settings are up to date.',
    badForm: 'Please check: {fields}.',
    'field.timeZone': 'the time zone (such as Europe/Paris)',
    'field.quiet': 'the quiet hours (times like 22:00)',
    'field.weeklyCap': 'the weekly cap (a whole number from 0 to 50)',
    'field.language': 'the language',
    defaultQuiet: 'Community default: {start}–{end}',
    noDefaultQuiet: 'The community sets no quiet hours.',
    personalOnly: 'Your settings are yours: write **settings** to me in our personal chat.',
  },
  fr: {
    title: 'Vos réglages',
    intro: 'Choisissez ce que je vous envoie, et quand. Le reste ne change pas.',
    language: 'Langue',
    timeZone: 'Fuseau horaire (par ex. Europe/Paris)',
    quietHours: 'Heures calmes : aucun message de … à …',
    quietOn: 'Garder des heures calmes',
    from: 'De',
    to: 'À',
    weeklyCap: 'Au plus ce nombre de messages par semaine (vide : {cap}, le réglage de la communauté)',
    kinds: 'Ce que je reçois',
    save: 'Enregistrer',
    open: 'Ouvrir les réglages dans Guildhall',
    change: 'Choisir ce que je reçois',
    saved: 'Enregistré. Vos réglages sont à jour.',
    badForm: 'Merci de vérifier : {fields}.',
    'field.timeZone': 'le fuseau horaire (comme Europe/Paris)',
    'field.quiet': 'les heures calmes (des heures comme 22:00)',
    'field.weeklyCap': 'le plafond hebdomadaire (un nombre entier de 0 à 50)',
    'field.language': 'la langue',
    defaultQuiet: 'Réglage de la communauté : {start}–{end}',
    noDefaultQuiet: 'La communauté ne fixe pas d’heures calmes.',
    personalOnly:
      'Vos réglages vous appartiennent : écrivez-moi **réglages** dans notre conversation personnelle.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type SettingsTextKey = keyof (typeof settingsText)['en'];

/** A settings-card sentence in a language, with `{name}` placeholders filled. */
export function st(
  language: Language,
  key: SettingsTextKey,
  vars: Record<string, string | number> = {},
): string {
  const template: string = settingsText[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}

/** One line per kind of nudge: what switching it on means. */
export const NUDGE_KIND_LABELS: Record<NudgeKind, Record<Language, string>> = {
  welcome: {
    en: 'Welcome: a reminder to read the charter when I am new',
    fr: 'Bienvenue : un rappel pour lire la charte quand je suis nouveau',
  },
  quiet: {
    en: 'When I have been away: something worth my time',
    fr: 'Quand je suis absent : quelque chose qui vaut le détour',
  },
  circlePosts: {
    en: 'New posts in my circles (grouped)',
    fr: 'Nouvelles publications dans mes cercles (regroupées)',
  },
  replies: { en: 'Replies to my posts and comments', fr: 'Réponses à mes publications et commentaires' },
  events: { en: 'Event reminders', fr: 'Rappels d’événements' },
  digest: {
    en: 'The weekly digest: the best of my circles',
    fr: 'Le résumé de la semaine : le meilleur de mes cercles',
  },
  badges: { en: 'Badges I earn', fr: 'Les badges que je gagne' },
  quizzes: { en: 'Quizzes', fr: 'Les quiz' },
};

/** What the settings card shows, in the reader's language. */
export interface SettingsCardModel {
  language: Language;
  teamsAppId: string;
  chosenLanguage: Language | undefined;
  timeZone: string | undefined;
  quietHours: QuietHours | undefined;
  weeklyCap: number | undefined;
  mutedKinds: NudgeKind[];
  defaults: { weeklyCap: number; quietHours: QuietHours | null };
  /** Kinds the community sends (a switch for each). */
  kinds: NudgeKind[];
  /** A confirmation (good) or what to fix (attention), at the top. */
  note?: { text: string; good: boolean };
}

/**
 * "settings" / "réglages": the member's language, time zone, quiet hours, weekly cap and a switch
 * per kind of nudge; Save is a Universal Action, so the card updates in place with the outcome.
 */
export function settingsCard(model: SettingsCardModel): CardAttachment {
  const { language } = model;
  const quiet = model.quietHours ?? model.defaults.quietHours ?? undefined;
  return attachment(
    adaptiveCard(
      [
        ...(model.note
          ? [textBlock(model.note.text, { color: model.note.good ? 'Good' : 'Attention', weight: 'Bolder' })]
          : []),
        textBlock(st(language, 'title'), { size: 'Large', weight: 'Bolder' }),
        textBlock(st(language, 'intro'), { isSubtle: true, spacing: 'None' }),
        {
          type: 'Input.ChoiceSet',
          id: 'language',
          label: st(language, 'language'),
          style: 'compact',
          value: model.chosenLanguage ?? language,
          choices: [
            { title: 'English', value: 'en' },
            { title: 'Français', value: 'fr' },
          ],
        },
        {
          type: 'Input.Text',
          id: 'timeZone',
          label: st(language, 'timeZone'),
          placeholder: 'Europe/Paris',
          maxLength: 64,
          value: model.timeZone ?? '',
        },
        {
          type: 'Input.Toggle',
          id: 'quietHoursOn',
          title: st(language, 'quietOn'),
          label: st(language, 'quietHours'),
          value: model.quietHours ? 'true' : 'false',
          valueOn: 'true',
          valueOff: 'false',
        },
        {
          type: 'ColumnSet',
          spacing: 'None',
          columns: [
            {
              type: 'Column',
              width: 'stretch',
              items: [
                {
                  type: 'Input.Time',
                  id: 'quietStart',
                  label: st(language, 'from'),
                  value: quiet?.start ?? '22:00',
                },
              ],
            },
            {
              type: 'Column',
              width: 'stretch',
              items: [
                {
                  type: 'Input.Time',
                  id: 'quietEnd',
                  label: st(language, 'to'),
                  value: quiet?.end ?? '08:00',
                },
              ],
            },
          ],
        },
        textBlock(
          model.defaults.quietHours
            ? st(language, 'defaultQuiet', { ...model.defaults.quietHours })
            : st(language, 'noDefaultQuiet'),
          { isSubtle: true, size: 'Small', spacing: 'Small' },
        ),
        {
          type: 'Input.Number',
          id: 'weeklyCap',
          label: st(language, 'weeklyCap', { cap: model.defaults.weeklyCap }),
          min: 0,
          max: 50,
          ...(model.weeklyCap !== undefined ? { value: model.weeklyCap } : {}),
        },
        textBlock(st(language, 'kinds'), { weight: 'Bolder', spacing: 'Medium' }),
        ...model.kinds.map((kind) => ({
          type: 'Input.Toggle',
          id: `get_${kind}`,
          title: NUDGE_KIND_LABELS[kind][language],
          value: model.mutedKinds.includes(kind) ? 'false' : 'true',
          valueOn: 'true',
          valueOff: 'false',
          spacing: 'Small',
        })),
      ],
      [
        {
          type: 'Action.Execute',
          title: st(language, 'save'),
          verb: 'settings.save',
          style: 'positive',
          data: {},
        },
        {
          type: 'Action.OpenUrl',
          title: st(language, 'open'),
          url: tabDeepLink(model.teamsAppId, 'settings'),
        },
      ],
    ),
  );
}
