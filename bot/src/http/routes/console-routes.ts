import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import { registerRoute, type RouteOptions } from '../api-route';
import { present } from '../presenters';
import type { Services } from '../services';

/** The animator console: /api/v1/reports, /moderation/*, /editorial/* */
export function registerConsoleRoutes(server: Server, options: RouteOptions, services: Services): void {
  const { moderation, editorial, charter } = services;

  registerRoute(server, api.report, options, async ({ actor, body }) => ({
    status: await moderation.report({ actor, ...body }),
  }));

  registerRoute(server, api.moderationQueue, options, async ({ actor }) => ({
    items: (await moderation.queue({ actor })).map(present.queueItem),
  }));

  registerRoute(server, api.moderate, options, async ({ actor, body }) =>
    present.queueItem(await moderation.act({ actor, ...body })),
  );

  registerRoute(server, api.moderationAudit, options, async ({ actor, query }) => {
    const page = await moderation.audit({ actor, continuation: query.continuation });
    return {
      items: page.items.map(({ entry, actor: who }) => ({
        id: entry.id,
        actor: who
          ? present.memberSummary(who)
          : { id: entry.actorId, displayName: 'Former member', department: null, jobRole: null },
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        note: entry.note,
        at: entry.at,
      })),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });

  registerRoute(server, api.getWatchedWords, options, async ({ actor }) => ({
    words: await charter.watchedWords({ actor }),
  }));

  registerRoute(server, api.putWatchedWords, options, async ({ actor, body }) => ({
    words: await charter.setWatchedWords({ actor, words: body.words }),
  }));

  registerRoute(server, api.editorialCalendar, options, async ({ actor, query }) => {
    const calendar = await editorial.calendar({ actor, from: query.from, to: query.to });
    return {
      entries: calendar.entries.map(present.post),
      readyDrafts: calendar.readyDrafts.map(present.post),
    };
  });

  registerRoute(server, api.editorialStock, options, async ({ actor }) => editorial.stock({ actor }));
}
