import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import { registerRoute, type RouteOptions } from '../api-route';
import { present } from '../presenters';
import type { Services } from '../services';

/** Gamification: /api/v1/me/progress, /me/ranking, /leaderboard, /kudos, /rewards, /redemptions, /game/* */
export function registerGameRoutes(server: Server, options: RouteOptions, services: Services): void {
  const { gamification, kudos, rewards } = services;

  registerRoute(server, api.getProgress, options, async ({ actor, query }) =>
    present.progress(await gamification.progress({ actor, continuation: query.continuation })),
  );

  registerRoute(server, api.celebrateBadges, options, async ({ actor, body }) => {
    await gamification.celebrated({ actor, badgeIds: body.badgeIds });
    return undefined;
  });

  registerRoute(server, api.putRanking, options, async ({ actor, body }) => {
    const member = await gamification.setRankingOptOut({ actor, optOut: body.optOut });
    return { optOut: member.rankingOptOut === true };
  });

  registerRoute(server, api.getLeaderboard, options, async ({ actor, query }) =>
    present.leaderboard(await gamification.board({ actor, period: query.period, circleId: query.circleId })),
  );

  registerRoute(server, api.getKudos, options, async ({ actor }) => {
    const [values, allowance, recent] = await Promise.all([
      kudos.values(actor.tenantId),
      kudos.allowance(actor),
      kudos.recent(actor),
    ]);
    return { values, allowance, recent: recent.map(present.post) };
  });

  registerRoute(server, api.giveKudos, options, async ({ actor, body }) =>
    present.post(await kudos.give({ actor, ...body })),
  );

  registerRoute(server, api.getRewards, options, async ({ actor, query }) => {
    const [items, progress] = await Promise.all([
      rewards.catalogue({ actor, all: query.all }),
      gamification.balance(actor),
    ]);
    return { items: items.map(present.catalogueEntry), balance: progress };
  });

  registerRoute(server, api.createReward, options, async ({ actor, body }) =>
    present.reward(await rewards.create({ actor, input: body }), 0),
  );

  registerRoute(server, api.updateReward, options, async ({ actor, params, body }) =>
    present.reward(
      await rewards.update({ actor, rewardId: params.rewardId, input: body, etag: body.etag }),
      0,
    ),
  );

  registerRoute(server, api.redeemReward, options, async ({ actor, params, body }) =>
    present.redemption(
      await rewards.redeem({ actor, rewardId: params.rewardId, requestKey: body.requestKey }),
    ),
  );

  registerRoute(server, api.getMyRedemptions, options, async ({ actor, query }) => {
    const page = await rewards.mine({ actor, continuation: query.continuation });
    return {
      items: page.items.map(present.redemption),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });

  registerRoute(server, api.getRedemptions, options, async ({ actor, query }) => {
    const page = await rewards.requests({ actor, status: query.status, continuation: query.continuation });
    return {
      items: page.items.map(present.redemption),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });

  registerRoute(server, api.fulfilRedemption, options, async ({ actor, params }) =>
    present.redemption(await rewards.fulfil({ actor, redemptionId: params.redemptionId })),
  );

  registerRoute(server, api.cancelRedemption, options, async ({ actor, params }) =>
    present.redemption(await rewards.cancel({ actor, redemptionId: params.redemptionId })),
  );

  registerRoute(server, api.getGameRules, options, async ({ actor }) =>
    present.gameRules(await gamification.rulesFor(actor)),
  );

  registerRoute(server, api.putGameRules, options, async ({ actor, body }) => {
    const { etag, ...changes } = body;
    return present.gameRules(await gamification.updateRules({ actor, changes, etag }));
  });

  registerRoute(server, api.startSeason, options, async ({ actor, body }) =>
    present.gameRules(await gamification.startSeason({ actor, name: body.name })),
  );

  registerRoute(server, api.rebuildScores, options, async ({ actor, body }) => {
    const result = await gamification.rebuild({ actor, write: body.write });
    return {
      scores: result.scores,
      mismatchCount: result.mismatches.length,
      mismatches: result.mismatches.slice(0, 100),
      repaired: body.write && result.mismatches.length > 0,
    };
  });
}
