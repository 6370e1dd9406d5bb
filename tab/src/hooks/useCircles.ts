import { useMemo } from 'react';
import type {
  CircleChangesDto,
  CircleDetailDto,
  CircleInputDto,
  CircleSuggestionDto,
  CircleSummaryDto,
} from '../../../contracts/circles';
import { ApiPaths } from '../../../contracts/routes';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** A role inside a circle. */
export type CircleRoleName = 'member' | 'animator' | 'owner';

/**
 * The circle directory for a search. One request per search: the tabs (type, mine, invitations)
 * filter it locally, so switching tabs is instant and every tab can show its count.
 */
export function useCircleDirectory(query: string) {
  const { api } = useSession();
  const q = query.trim();
  const path = q ? `${ApiPaths.circles}?${new URLSearchParams({ q }).toString()}` : ApiPaths.circles;
  return useResource<CircleSummaryDto[]>(`circles:${q}`, (signal) =>
    api.get<{ items: CircleSummaryDto[] }>(path, signal).then((list) => list.items),
  );
}

/** Circles worth joining, and why. */
export function useCircleSuggestions() {
  const { api } = useSession();
  return useResource<CircleSuggestionDto[]>('circle-suggestions', (signal) =>
    api.get<{ items: CircleSuggestionDto[] }>(ApiPaths.circleSuggestions, signal).then((list) => list.items),
  );
}

/** Everything that changes circles and memberships. */
export function useCirclesApi() {
  const { api } = useSession();
  return useMemo(
    () => ({
      create: (input: CircleInputDto) => api.send<CircleDetailDto>('POST', ApiPaths.circles, input),
      update: (circleId: string, changes: CircleChangesDto) =>
        api.send<CircleDetailDto>('PATCH', ApiPaths.circle(circleId), changes),
      archive: (circleId: string, archived: boolean) =>
        api.send<CircleDetailDto>('POST', ApiPaths.circleArchive(circleId), { archived }),
      join: (circleId: string) => api.send<CircleDetailDto>('POST', ApiPaths.circleJoin(circleId)),
      leave: (circleId: string) => api.send<void>('POST', ApiPaths.circleLeave(circleId)),
      invite: (circleId: string, memberIds: string[]) =>
        api.send<{ invited: string[] }>('POST', ApiPaths.circleInvitations(circleId), { memberIds }),
      decide: (circleId: string, memberId: string, approve: boolean) =>
        api.send<void>('POST', ApiPaths.circleRequest(circleId, memberId), { approve }),
      setRole: (circleId: string, memberId: string, role: CircleRoleName) =>
        api.send<void>('PUT', ApiPaths.circleMemberRole(circleId, memberId), { role }),
    }),
    [api],
  );
}
