import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import type { MemberService } from '../../domain/members/member-service';
import { registerRoute, type RouteOptions } from '../api-route';
import { present } from '../presenters';

/** /api/v1/me */
export function registerMemberRoutes(
  server: Server,
  options: RouteOptions,
  deps: { members: MemberService },
): void {
  registerRoute(server, api.getMe, options, async ({ actor }) => {
    const member = await deps.members.ensure({
      actor,
      source: options.authenticator.mode === 'sso' ? 'sso' : 'dev',
    });
    return present.me(member, options.authenticator.mode === 'dev');
  });
}
