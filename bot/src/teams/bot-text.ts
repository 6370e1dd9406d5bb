import type { Language } from '../domain/shared/locale';

/** Everything the bot says, in English and French. Typed keys: a missing translation does not compile. */
const text = {
  en: {
    welcomeTitle: 'Welcome to {name}',
    ourPurpose: 'Why we are here',
    ourValues: 'What we value',
    welcomeHint: 'Type **help** to see what I can do.',
    openTab: 'Open Guildhall',
    helpTitle: 'What I can do',
    helpIntro: 'Write one of these to me (in a channel or group chat, @mention me first):',
    helpFooter: 'Everything else (feed, circles, events, badges) is in the Guildhall tab.',
    charterTitle: 'Our charter (version {version})',
    rituals: 'Our rituals',
    unknown: 'I did not catch "{text}". Type **help** to see what I can do.',
    empty: 'Type **help** to see what I can do.',
    notSetUp: 'This community has no charter yet. An administrator sets it up in the Guildhall tab.',
    noTenant: 'Guildhall works in Microsoft Teams. Open it from Teams to talk with me.',
    error: 'Sorry, something went wrong on my side. Try again in a moment.',
    'command.help': 'what I can do',
    'command.charter': 'our purpose, values and rituals',
  },
  fr: {
    welcomeTitle: 'Bienvenue dans {name}',
    ourPurpose: 'Pourquoi nous sommes là',
    ourValues: 'Ce qui compte pour nous',
    welcomeHint: 'Écrivez **aide** pour voir ce que je sais faire.',
    openTab: 'Ouvrir Guildhall',
    helpTitle: 'Ce que je sais faire',
    helpIntro:
      'Écrivez-moi l’une de ces commandes (dans un canal ou une conversation de groupe, mentionnez-moi d’abord) :',
    helpFooter: 'Tout le reste (fil, cercles, événements, badges) se trouve dans l’onglet Guildhall.',
    charterTitle: 'Notre charte (version {version})',
    rituals: 'Nos rituels',
    unknown: 'Je n’ai pas compris « {text} ». Écrivez **aide** pour voir ce que je sais faire.',
    empty: 'Écrivez **aide** pour voir ce que je sais faire.',
    notSetUp:
      'Cette communauté n’a pas encore de charte. Un administrateur la rédige dans l’onglet Guildhall.',
    noTenant: 'Guildhall fonctionne dans Microsoft Teams. Ouvrez-le depuis Teams pour discuter avec moi.',
    error: 'Désolé, un problème est survenu de mon côté. Réessayez dans un instant.',
    'command.help': 'ce que je sais faire',
    'command.charter': 'notre raison d’être, nos valeurs et nos rituels',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type BotTextKey = keyof (typeof text)['en'];

/** A bot sentence in a language, with `{name}` placeholders filled. */
export function t(language: Language, key: BotTextKey, vars: Record<string, string | number> = {}): string {
  const template: string = text[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}
