import type { CircleDetailDto, CircleMemberDto } from '../../../contracts/circles';
import type { PostDto } from '../../../contracts/content';
import { ApiPaths } from '../../../contracts/routes';
import { usePaged, type Page } from './usePaged';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** One circle as the member may see it (404 CIRCLE.NOT_FOUND for private circles they are not in). */
export function useCircle(circleId: string) {
  const { api } = useSession();
  return useResource<CircleDetailDto>(`circle:${circleId}`, (signal) =>
    api.get(ApiPaths.circle(circleId), signal),
  );
}

const withContinuation = (path: string, params: Record<string, string | undefined>) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
};

const NOTHING: Page<never> = { items: [] };

/** The circle's feed, newest first, page by page. Nothing is asked when the member may not read it. */
export function useCirclePosts(circleId: string, canRead: boolean) {
  const { api } = useSession();
  return usePaged<PostDto>(`circle-posts:${circleId}:${canRead}`, (continuation, signal) =>
    canRead
      ? api.get(withContinuation(ApiPaths.circlePosts(circleId), { continuation }), signal)
      : Promise.resolve(NOTHING),
  );
}

/** Members, pending requests or invitations of a circle, page by page (`enabled` false asks nothing). */
export function useCircleMembers(
  circleId: string,
  status: 'active' | 'requested' | 'invited',
  enabled: boolean,
) {
  const { api } = useSession();
  return usePaged<CircleMemberDto>(
    `circle-members:${circleId}:${status}:${enabled}`,
    (continuation, signal) =>
      enabled
        ? api.get(withContinuation(ApiPaths.circleMembers(circleId), { status, continuation }), signal)
        : Promise.resolve(NOTHING),
  );
}
