import type { MemberSummaryDto } from '../../../contracts/schemas';
import { ApiPaths } from '../../../contracts/routes';
import { useDebounced } from './useDebounced';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** Members whose name matches what is typed (asked once typing pauses), for pickers. */
export function useMemberSearch(query: string, limit = 10) {
  const { api } = useSession();
  const q = useDebounced(query.trim(), 250);
  const path = `${ApiPaths.members}?${new URLSearchParams({ q, limit: String(limit) }).toString()}`;
  const result = useResource<MemberSummaryDto[]>(`members:${q}:${limit}`, (signal) =>
    api.get<{ items: MemberSummaryDto[] }>(path, signal).then((list) => list.items),
  );
  return { ...result, settling: q !== query.trim() };
}
