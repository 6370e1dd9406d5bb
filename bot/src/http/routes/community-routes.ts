import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import { registerRoute, type RouteOptions } from '../api-route';
import { present } from '../presenters';
import type { Services } from '../services';

/** /api/v1/community, /api/v1/charter, /api/v1/goals */
export function registerCommunityRoutes(server: Server, options: RouteOptions, services: Services): void {
  const devMode = options.authenticator.mode === 'dev';

  registerRoute(server, api.getCommunity, options, async ({ actor }) =>
    present.community(await services.charter.overview({ actor })),
  );

  registerRoute(server, api.putSettings, options, async ({ actor, body }) => {
    const changes = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    return present.settings(await services.charter.updateSettings({ actor, changes }));
  });

  registerRoute(server, api.publishCharter, options, async ({ actor, body }) =>
    present.charter(await services.charter.publish({ actor, draft: body })),
  );

  registerRoute(server, api.acknowledgeCharter, options, async ({ actor, body }) => {
    const member = await services.charter.acknowledge({ actor, version: body.version });
    return present.me(member, { devMode, currentCharterVersion: body.version });
  });

  registerRoute(server, api.createGoal, options, async ({ actor, body }) =>
    present.goal(await services.charter.createGoal({ actor, draft: body })),
  );

  registerRoute(server, api.updateGoal, options, async ({ actor, params, body }) =>
    present.goal(await services.charter.updateGoal({ actor, goalId: params.goalId, draft: body })),
  );

  registerRoute(server, api.deleteGoal, options, async ({ actor, params }) => {
    await services.charter.deleteGoal({ actor, goalId: params.goalId });
    return undefined;
  });
}
