import { useMemo } from 'react';
import type { CircleSummaryDto } from '../../../contracts/circles';
import type { PostDto } from '../../../contracts/content';
import type {
  BoardPeriodDto,
  GameRulesDto,
  GameRulesInputDto,
  KudosInfoDto,
  KudosInputDto,
  LeaderboardDto,
  ProgressDto,
  RebuildResultDto,
  RedemptionDto,
  RedemptionPageDto,
  RewardCatalogueDto,
  RewardDto,
  RewardInputDto,
} from '../../../contracts/gamification';
import type { LocalizedTextDto } from '../../../contracts/schemas';
import { ApiPaths } from '../../../contracts/routes';
import { withQuery } from './paging';
import { usePaged } from './usePaged';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** A redemption's status (requested, fulfilled, cancelled). */
export type RedemptionStatusName = RedemptionDto['status'];

/** My points, level, badges, streak, ranking choice and the first page of my history. */
export function useProgress() {
  const { api } = useSession();
  return useResource<ProgressDto>('progress', (signal) => api.get(ApiPaths.myProgress, signal));
}

/** My points history, page by page (the continuation of GET /me/progress). */
export function useProgressHistory(first: ProgressDto['history'] | undefined) {
  const { api } = useSession();
  return usePaged<ProgressDto['history']['items'][number]>(
    // The first page comes with the progress; a new first page (after a reload) starts the list again.
    `history:${first?.items[0]?.id ?? ''}:${first?.items.length ?? 0}`,
    async (continuation, signal) => {
      if (!continuation && first) return first;
      const progress = await api.get<ProgressDto>(withQuery(ApiPaths.myProgress, { continuation }), signal);
      return progress.history;
    },
  );
}

/** A leaderboard: a period, community-wide or in one of my circles. */
export function useLeaderboard(period: BoardPeriodDto, circleId: string | undefined) {
  const { api } = useSession();
  const path = withQuery(ApiPaths.leaderboard, { period, circleId });
  return useResource<LeaderboardDto>(`leaderboard:${period}:${circleId ?? ''}`, (signal) =>
    api.get(path, signal),
  );
}

/** The circles I am an active member of (the leaderboard's circle filter). */
export function useMyCircles() {
  const { api } = useSession();
  return useResource<CircleSummaryDto[]>('my-circles', (signal) =>
    api
      .get<{ items: CircleSummaryDto[] }>(ApiPaths.circles, signal)
      .then((list) => list.items.filter((circle) => circle.myStatus === 'active' && !circle.archived)),
  );
}

/** Every circle an administrator can see (what a circle reward can open). */
export function useAllCircles() {
  const { api } = useSession();
  return useResource<CircleSummaryDto[]>('all-circles', (signal) =>
    api.get<{ items: CircleSummaryDto[] }>(ApiPaths.circles, signal).then((list) => list.items),
  );
}

/** The values kudos can name, my weekly allowance, and the latest kudos. */
export function useKudos() {
  const { api } = useSession();
  return useResource<KudosInfoDto>('kudos', (signal) => api.get(ApiPaths.kudos, signal));
}

/** The rewards catalogue and my balance (`all`: withdrawn rewards too, for administrators). */
export function useRewards(all = false) {
  const { api } = useSession();
  const path = all ? withQuery(ApiPaths.rewards, { all: 'true' }) : ApiPaths.rewards;
  return useResource<RewardCatalogueDto>(`rewards:${all}`, (signal) => api.get(path, signal));
}

/** What I redeemed, newest first, page by page. */
export function useMyRedemptions(version: number) {
  const { api } = useSession();
  return usePaged<RedemptionDto>(`my-redemptions:${version}`, (continuation, signal) =>
    api.get<RedemptionPageDto>(withQuery(ApiPaths.myRedemptions, { continuation }), signal),
  );
}

/** Redemption requests of a status, for administrators. */
export function useRedemptionRequests(status: RedemptionStatusName, version: number) {
  const { api } = useSession();
  return usePaged<RedemptionDto>(`redemptions:${status}:${version}`, (continuation, signal) =>
    api.get<RedemptionPageDto>(withQuery(ApiPaths.redemptions, { status, continuation }), signal),
  );
}

/** The rules of the game (everyone may read them; administrators change them). */
export function useGameRules() {
  const { api } = useSession();
  return useResource<GameRulesDto>('game-rules', (signal) => api.get(ApiPaths.gameRules, signal));
}

/** Everything that changes the game: mine (ranking, kudos, redemptions) and the administrators'. */
export function useGameApi() {
  const { api } = useSession();
  return useMemo(
    () => ({
      catalogue: (all: boolean) =>
        api.get<RewardCatalogueDto>(all ? withQuery(ApiPaths.rewards, { all: 'true' }) : ApiPaths.rewards),
      celebrated: (badgeIds: string[]) => api.send<void>('POST', ApiPaths.myCelebratedBadges, { badgeIds }),
      setRankingOptOut: (optOut: boolean) =>
        api.send<{ optOut: boolean }>('PUT', ApiPaths.myRanking, { optOut }),
      giveKudos: (input: KudosInputDto) => api.send<PostDto>('POST', ApiPaths.kudos, input),
      redeem: (rewardId: string, requestKey: string) =>
        api.send<RedemptionDto>('POST', ApiPaths.rewardRedemptions(rewardId), { requestKey }),
      cancelRedemption: (redemptionId: string) =>
        api.send<RedemptionDto>('POST', ApiPaths.redemptionCancel(redemptionId)),
      fulfilRedemption: (redemptionId: string) =>
        api.send<RedemptionDto>('POST', ApiPaths.redemptionFulfil(redemptionId)),
      saveReward: (rewardId: string | undefined, input: RewardInputDto) =>
        rewardId
          ? api.send<RewardDto>('PUT', ApiPaths.reward(rewardId), input)
          : api.send<RewardDto>('POST', ApiPaths.rewards, input),
      saveRules: (input: GameRulesInputDto) => api.send<GameRulesDto>('PUT', ApiPaths.gameRules, input),
      startSeason: (name: LocalizedTextDto) => api.send<GameRulesDto>('POST', ApiPaths.gameSeasons, { name }),
      rebuild: (write: boolean) => api.send<RebuildResultDto>('POST', ApiPaths.gameRebuild, { write }),
    }),
    [api],
  );
}
