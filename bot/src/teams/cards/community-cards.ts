import type { Language } from '../../domain/shared/locale';
import { t } from '../bot-text';
import { COMMANDS } from '../commands';
import {
  adaptiveCard,
  attachment,
  plain,
  tabDeepLink,
  textBlock,
  type CardAttachment,
} from './adaptive-card';

/**
 * What the welcome and charter cards show, already in the reader's language. Everything but
 * `acceptedNote` is written by animators, so the cards pass it through `plain()`.
 */
export interface CommunityCardModel {
  language: Language;
  teamsAppId: string;
  communityName: string;
  tagline: string;
  purpose: string;
  values: { title: string; description: string }[];
  rituals: { title: string; cadence: string }[];
  charterVersion: number;
  /** The reader has not accepted this version yet: the card asks them to. */
  needsAcceptance: boolean;
  /** Shown at the top once they accepted (the card updates in place). */
  acceptedNote?: string;
}

const openTab = (model: { language: Language; teamsAppId: string }) => ({
  type: 'Action.OpenUrl',
  title: t(model.language, 'openTab'),
  url: tabDeepLink(model.teamsAppId),
});

/** Accepting the charter from the card (a Universal Action: the card updates in place). */
const acceptAction = (model: CommunityCardModel) => ({
  type: 'Action.Execute',
  title: t(model.language, 'acceptCharter'),
  verb: 'charter.accept',
  data: { version: model.charterVersion },
  style: 'positive',
});

/** A charter value as a fact (Teams renders markdown in facts). */
const valueFact = (v: { title: string; description: string }) => ({
  title: plain(v.title),
  value: plain(v.description),
});

/**
 * Sent once when the bot is installed: the community's purpose, an invitation to accept the
 * charter, and the way into the tab.
 */
export function welcomeCard(model: CommunityCardModel): CardAttachment {
  const { language } = model;
  return attachment(
    adaptiveCard(
      [
        ...(model.acceptedNote ? [textBlock(model.acceptedNote, { color: 'Good', weight: 'Bolder' })] : []),
        textBlock(t(language, 'welcomeTitle', { name: plain(model.communityName) }), {
          size: 'Large',
          weight: 'Bolder',
        }),
        textBlock(plain(model.tagline), { isSubtle: true, spacing: 'None' }),
        textBlock(t(language, 'ourPurpose'), { weight: 'Bolder', spacing: 'Medium' }),
        textBlock(plain(model.purpose)),
        ...(model.values.length > 0
          ? [
              textBlock(t(language, 'ourValues'), { weight: 'Bolder', spacing: 'Medium' }),
              {
                type: 'FactSet',
                facts: model.values.slice(0, 6).map(valueFact),
              },
            ]
          : []),
        textBlock(t(language, 'welcomeHint'), { isSubtle: true, spacing: 'Medium' }),
      ],
      [...(model.needsAcceptance ? [acceptAction(model)] : []), openTab(model)],
    ),
  );
}

/** The charter: purpose, values and rituals. */
export function charterCard(model: CommunityCardModel): CardAttachment {
  const { language } = model;
  return attachment(
    adaptiveCard(
      [
        textBlock(t(language, 'charterTitle', { version: model.charterVersion }), {
          size: 'Medium',
          weight: 'Bolder',
        }),
        textBlock(plain(model.purpose)),
        ...(model.values.length > 0
          ? [
              textBlock(t(language, 'ourValues'), { weight: 'Bolder', spacing: 'Medium' }),
              { type: 'FactSet', facts: model.values.map(valueFact) },
            ]
          : []),
        ...(model.rituals.length > 0
          ? [
              textBlock(t(language, 'rituals'), { weight: 'Bolder', spacing: 'Medium' }),
              {
                type: 'FactSet',
                facts: model.rituals.map((r) => ({ title: plain(r.title), value: plain(r.cadence) })),
              },
            ]
          : []),
      ],
      [...(model.needsAcceptance ? [acceptAction(model)] : []), openTab(model)],
    ),
  );
}

/** The list of commands, in the reader's language. */
export function helpCard(model: { language: Language; teamsAppId: string }): CardAttachment {
  const { language } = model;
  return attachment(
    adaptiveCard(
      [
        textBlock(t(language, 'helpTitle'), { size: 'Medium', weight: 'Bolder' }),
        textBlock(t(language, 'helpIntro')),
        {
          type: 'FactSet',
          facts: COMMANDS.map((c) => ({ title: c.words[language], value: t(language, `command.${c.id}`) })),
        },
        textBlock(t(language, 'helpFooter'), { isSubtle: true, spacing: 'Medium' }),
      ],
      [openTab(model)],
    ),
  );
}
