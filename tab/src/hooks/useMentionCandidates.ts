import { useEffect, useState } from 'react';
import { ApiPaths } from '../../../contracts/routes';
import type { MemberSummaryDto } from '../../../contracts/schemas';
import type { MemberListDto } from './apiTypes';
import { useDebounced } from './useDebounced';
import { useSession } from './useSession';

/** How many people the mention picker offers. */
const LIMIT = 6;

/**
 * Members matching an `@query` while one is being typed (nothing is asked otherwise). Answers for
 * an older query are dropped, so fast typing never shows a stale list.
 */
export function useMentionCandidates(query: string | undefined): {
  members: MemberSummaryDto[];
  loading: boolean;
} {
  const { api } = useSession();
  const settled = useDebounced(query, 200);
  const [answer, setAnswer] = useState<{ query: string; members: MemberSummaryDto[] }>();
  useEffect(() => {
    if (settled === undefined) return;
    const controller = new AbortController();
    const path = `${ApiPaths.members}?${new URLSearchParams({ q: settled, limit: String(LIMIT) }).toString()}`;
    api.get<MemberListDto>(path, controller.signal).then(
      (list) => setAnswer({ query: settled, members: list.items }),
      () => {
        // No suggestions is the graceful failure: people can still type the name.
        if (!controller.signal.aborted) setAnswer({ query: settled, members: [] });
      },
    );
    return () => controller.abort();
  }, [api, settled]);
  if (query === undefined) return { members: [], loading: false };
  const fresh = answer?.query === query;
  return { members: fresh ? answer.members : (answer?.members ?? []), loading: !fresh };
}
