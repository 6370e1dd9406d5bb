import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ProgressDto } from '../../../contracts/gamification';
import { ApiPaths } from '../../../contracts/routes';
import type { ApiClient } from '../api/client';

/** A badge as the member's progress lists it (with `earnedAt` and `celebrated`). */
export type EarnedBadge = ProgressDto['badges'][number];

/**
 * Badges to celebrate: what the member earned and was not shown yet. Checked once when the tab
 * opens (one small request, in the start-up bundle; the celebration itself is a lazy chunk), and
 * whenever a screen passes fresher badges to `celebrate` (the progress page does).
 */
export function useCelebrations(api: ApiClient): {
  badges: EarnedBadge[];
  celebrate: (badges: readonly EarnedBadge[]) => void;
  dismiss: () => void;
} {
  const [badges, setBadges] = useState<EarnedBadge[]>([]);
  // Each badge is celebrated once per visit, whoever noticed it first.
  const seen = useRef(new Set<string>());
  const celebrate = useCallback((next: readonly EarnedBadge[]) => {
    const fresh = next.filter((badge) => !badge.celebrated && !seen.current.has(badge.id));
    if (fresh.length === 0) return;
    for (const badge of fresh) seen.current.add(badge.id);
    setBadges((current) => [...current, ...fresh]);
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    api.get<ProgressDto>(ApiPaths.myProgress, controller.signal).then(
      (progress) => celebrate(progress.badges),
      // Not worth an error on screen: the badges wait, uncelebrated, for the next visit.
      () => undefined,
    );
    return () => controller.abort();
  }, [api, celebrate]);
  const dismiss = useCallback(() => setBadges([]), []);
  return { badges, celebrate, dismiss };
}

/** Lets a screen hand fresher badges to the shell's celebration. */
export const CelebrationContext = createContext<(badges: readonly EarnedBadge[]) => void>(() => undefined);

/** `celebrate(progress.badges)`: shows any not celebrated yet (once). */
export function useCelebrate(): (badges: readonly EarnedBadge[]) => void {
  return useContext(CelebrationContext);
}
