import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import { registerRoute, type RouteOptions } from '../api-route';
import { present } from '../presenters';
import type { Services } from '../services';

/** /api/v1/me, /api/v1/members */
export function registerMemberRoutes(server: Server, options: RouteOptions, services: Services): void {
  const devMode = options.authenticator.mode === 'dev';
  const meOf = async (member: Parameters<typeof present.me>[0]) =>
    present.me(member, {
      devMode,
      currentCharterVersion: await services.charter.currentVersion(member.tenantId),
    });

  registerRoute(server, api.getMe, options, async ({ actor }) =>
    meOf(await services.members.ensure({ actor, source: devMode ? 'dev' : 'sso' })),
  );

  registerRoute(server, api.putFollowedTags, options, async ({ actor, body }) =>
    meOf(await services.members.setFollowedTags({ actor, tags: body.tags })),
  );

  registerRoute(server, api.putSegments, options, async ({ actor, body }) =>
    meOf(await services.members.setSegments({ actor, segments: body })),
  );

  registerRoute(server, api.getMyPosts, options, async ({ actor, query }) => {
    const page = await services.feed.mine({ actor, status: query.status, continuation: query.continuation });
    return {
      items: page.items.map(present.post),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });

  registerRoute(server, api.searchMembers, options, async ({ actor, query }) => {
    const members = await services.members.search({ actor, query: query.q, limit: query.limit });
    return { items: members.map(present.memberSummary) };
  });
}
