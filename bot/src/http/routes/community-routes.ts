import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import type { CharterService } from '../../domain/charter/charter-service';
import { registerRoute, type RouteOptions } from '../api-route';
import { present } from '../presenters';

/** /api/v1/community */
export function registerCommunityRoutes(
  server: Server,
  options: RouteOptions,
  deps: { charter: CharterService },
): void {
  registerRoute(server, api.getCommunity, options, async ({ actor }) =>
    present.community(await deps.charter.overview({ actor })),
  );
}
