import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import { registerRoute, type RouteOptions } from '../api-route';
import { present } from '../presenters';
import type { Services } from '../services';

/** /api/v1/circles */
export function registerCircleRoutes(server: Server, options: RouteOptions, services: Services): void {
  const { circles, feed } = services;

  registerRoute(server, api.listCircles, options, async ({ actor, query }) => {
    const entries = await circles.directory({ actor, query: query.q, type: query.type });
    return { items: entries.map((e) => present.circleSummary(e.circle, e.membership)) };
  });

  registerRoute(server, api.circleSuggestions, options, async ({ actor }) => {
    const suggestions = await circles.suggestions({ actor });
    return {
      items: suggestions.map((s) => ({
        circle: present.circleSummary(s.circle, undefined),
        reason: s.reason,
      })),
    };
  });

  registerRoute(server, api.createCircle, options, async ({ actor, body }) =>
    present.circleDetail(await circles.create({ actor, input: body })),
  );

  registerRoute(server, api.getCircle, options, async ({ actor, params }) =>
    present.circleDetail(await circles.get({ actor, circleId: params.circleId })),
  );

  registerRoute(server, api.updateCircle, options, async ({ actor, params, body }) =>
    present.circleDetail(await circles.update({ actor, circleId: params.circleId, changes: body })),
  );

  registerRoute(server, api.archiveCircle, options, async ({ actor, params, body }) =>
    present.circleDetail(
      await circles.setArchived({ actor, circleId: params.circleId, archived: body.archived }),
    ),
  );

  registerRoute(server, api.joinCircle, options, async ({ actor, params }) =>
    present.circleDetail(await circles.join({ actor, circleId: params.circleId })),
  );

  registerRoute(server, api.leaveCircle, options, async ({ actor, params }) => {
    await circles.leave({ actor, circleId: params.circleId });
    return undefined;
  });

  registerRoute(server, api.inviteToCircle, options, async ({ actor, params, body }) =>
    circles.invite({ actor, circleId: params.circleId, memberIds: body.memberIds }),
  );

  registerRoute(server, api.decideRequest, options, async ({ actor, params, body }) => {
    await circles.decide({
      actor,
      circleId: params.circleId,
      memberId: params.memberId,
      approve: body.approve,
    });
    return undefined;
  });

  registerRoute(server, api.setCircleRole, options, async ({ actor, params, body }) => {
    await circles.setRole({ actor, circleId: params.circleId, memberId: params.memberId, role: body.role });
    return undefined;
  });

  registerRoute(server, api.listCircleMembers, options, async ({ actor, params, query }) => {
    const page = await circles.members({
      actor,
      circleId: params.circleId,
      status: query.status,
      continuation: query.continuation,
    });
    return {
      items: page.items.map(present.circleMember),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });

  registerRoute(server, api.circlePosts, options, async ({ actor, params, query }) => {
    const page = await feed.circle({ actor, circleId: params.circleId, continuation: query.continuation });
    return {
      items: page.items.map(present.post),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });
}
