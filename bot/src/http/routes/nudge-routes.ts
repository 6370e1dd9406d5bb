import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import type { MySettingsDto, NudgeRulesDto } from '../../../../contracts/nudges';
import type { MemberSettingsView } from '../../domain/nudges/member-settings-service';
import type { NudgeRulesView } from '../../domain/nudges/nudge-rules-service';
import { previewMessages } from '../../domain/nudges/nudge-text';
import { registerRoute, type RouteOptions } from '../api-route';
import type { Services } from '../services';

/** The services these routes call (a subset of Services, so the compose root can add them). */
type NudgeServices = Pick<Services, 'nudgeRules' | 'memberSettings'>;

/** /api/v1/nudges/rules, /nudges/previews, /me/settings */
export function registerNudgeRoutes(server: Server, options: RouteOptions, services: NudgeServices): void {
  const { nudgeRules, memberSettings } = services;

  registerRoute(server, api.getNudgeRules, options, async ({ actor }) =>
    presentRules(await nudgeRules.rulesFor(actor)),
  );

  registerRoute(server, api.putNudgeRules, options, async ({ actor, body }) => {
    const { etag, ...changes } = body;
    return presentRules(await nudgeRules.update({ actor, changes, etag }));
  });

  registerRoute(server, api.getNudgePreviews, options, async ({ actor }) => {
    await nudgeRules.rulesFor(actor); // animators only
    const en = previewMessages('en');
    const fr = previewMessages('fr');
    return {
      items: en.map((message, n) => ({
        kind: message.kind,
        en: { title: message.title, lines: message.lines },
        fr: { title: fr[n]!.title, lines: fr[n]!.lines },
      })),
    };
  });

  registerRoute(server, api.getMySettings, options, async ({ actor }) =>
    presentSettings(await memberSettings.get(actor)),
  );

  registerRoute(server, api.putMySettings, options, async ({ actor, body }) =>
    presentSettings(
      await memberSettings.update({
        actor,
        changes: {
          language: body.language,
          timeZone: body.timeZone,
          quietHours: body.quietHours,
          weeklyCap: body.weeklyCap,
          mutedKinds: body.mutedKinds,
        },
      }),
    ),
  );
}

function presentRules(rules: NudgeRulesView): NudgeRulesDto {
  return {
    welcome: rules.welcome,
    quiet: rules.quiet,
    circlePosts: rules.circlePosts,
    replies: rules.replies,
    events: rules.events,
    digest: rules.digest,
    badges: rules.badges,
    defaults: rules.defaults,
    etag: rules.etag,
    updatedAt: rules.updatedAt ?? null,
  };
}

function presentSettings(view: MemberSettingsView): MySettingsDto {
  return {
    language: view.language ?? null,
    timeZone: view.timeZone ?? null,
    quietHours: view.quietHours ?? null,
    weeklyCap: view.weeklyCap ?? null,
    mutedKinds: view.mutedKinds,
    defaults: view.defaults,
    activeKinds: view.activeKinds,
  };
}
