import type { CircleRepository } from '../domain/circles/circle-repository';
import type { Action, Reward } from '../domain/gamification/gamification';
import { GamificationRepository } from '../domain/gamification/gamification-repository';
import { GamificationService } from '../domain/gamification/gamification-service';
import type { KudosService } from '../domain/gamification/kudos-service';
import { LeaderboardIndex } from '../domain/gamification/leaderboard-index';
import type { MemberRepository } from '../domain/members/member-repository';
import type { Clock } from '../domain/shared/clock';
import { Containers } from '../domain/shared/containers';
import type { BaseDoc, DocumentStore } from '../domain/shared/document-store';
import { DEMO_MEMBERS, demoActivity } from './demo-community';

/** Bump when the demo's game data changes. */
const GAME_SEED_VERSION = 1;

interface SeedMarker extends BaseDoc {
  kind: 'seed';
  version: number;
  seededAt: string;
}

const REWARDS: (Pick<
  Reward,
  'id' | 'name' | 'description' | 'type' | 'cost' | 'stock' | 'perMemberLimit' | 'active'
> & {
  circleId?: string;
})[] = [
  {
    id: 'reward-mug',
    name: { en: 'Guildhall mug', fr: 'Mug Guildhall' },
    description: {
      en: 'The community mug, for your coffee roulettes.',
      fr: 'Le mug de la communauté, pour vos cafés roulette.',
    },
    type: 'object',
    cost: 60,
    stock: 25,
    perMemberLimit: 2,
    active: true,
  },
  {
    id: 'reward-coffee-cdo',
    name: { en: 'Coffee with the Chief Data Officer', fr: 'Un café avec la directrice data' },
    description: {
      en: 'Thirty minutes to talk about your ideas, your career or the strategy.',
      fr: 'Trente minutes pour parler de vos idées, de votre carrière ou de la stratégie.',
    },
    type: 'experience',
    cost: 150,
    stock: 3,
    perMemberLimit: 1,
    active: true,
  },
  {
    id: 'reward-leaders-circle',
    name: { en: 'A seat in the Data leaders circle', fr: 'Une place dans le cercle Data leaders' },
    description: {
      en: 'Join the private circle where data team leads share budgets, hiring and strategy.',
      fr: 'Rejoignez le cercle privé où les responsables data parlent budgets, recrutement et stratégie.',
    },
    type: 'circle',
    circleId: 'data-leaders',
    cost: 300,
    stock: null,
    perMemberLimit: 1,
    active: true,
  },
  {
    id: 'reward-conference',
    name: { en: 'A ticket to a data conference', fr: 'Une place pour une conférence data' },
    description: {
      en: 'One seat at the conference of your choice this year (travel included).',
      fr: 'Une place pour la conférence de votre choix cette année (déplacement compris).',
    },
    type: 'experience',
    cost: 800,
    stock: 1,
    perMemberLimit: 1,
    active: true,
  },
];

/**
 * The demo's game: replays what the seeded members did (and eight weeks of past participation)
 * through the real gamification service at the time it happened, so points, badges, streaks and
 * leaderboards are real ledger entries; adds a rewards catalogue and a couple of kudos.
 */
export async function seedDemoGame(options: {
  store: DocumentStore;
  tenantId: string;
  clock: Clock;
  members: MemberRepository;
  circles: CircleRepository;
  kudos: KudosService;
}): Promise<{ seeded: boolean }> {
  const { store, tenantId, clock } = options;
  const markers = store.container<SeedMarker>(Containers.community);
  const marker = await markers.read({ tenantId, pk: tenantId, id: 'seed-demo-game' });
  if (marker && marker.version >= GAME_SEED_VERSION) return { seeded: false };

  const now = clock.now();
  let replayAt = now;
  const replayClock: Clock = { now: () => replayAt };
  const game = new GamificationRepository(store);
  const replay = new GamificationService({
    store,
    game,
    members: options.members,
    circles: options.circles,
    leaderboard: new LeaderboardIndex({
      game,
      members: options.members,
      clock: replayClock,
      refreshMs: 60_000,
    }),
    clock: replayClock,
  });
  // The game starts with the community, a month ago.
  replayAt = new Date(now.getTime() - 60 * 86_400_000);
  await replay.rulesOf(tenantId);

  // Twelve weeks of past participation: most members took part most weeks (streaks), a few did not;
  // comments, reactions from colleagues, a post every other week, now and then an accepted answer.
  type Past = { at: Date; memberId: string; key: string; action: Action; actorId?: string };
  const history: Past[] = [];
  DEMO_MEMBERS.forEach((member, n) => {
    const colleague = (k: number) => DEMO_MEMBERS[(n + k) % DEMO_MEMBERS.length]!.id;
    for (let week = 12; week >= 1; week--) {
      const tookPart = n === 0 || (n * 7 + week * 3) % 5 !== 0;
      if (!tookPart) continue;
      const at = new Date(now.getTime() - (week * 7 - (n % 3)) * 86_400_000);
      const past = (key: string, action: Action, actorId?: string) =>
        history.push({
          at,
          memberId: member.id,
          key: `demo:${key}:${n}:${week}`,
          action,
          ...(actorId ? { actorId } : {}),
        });
      past('comment-a', 'comment.created');
      if ((n + week) % 2 === 0) past('comment-b', 'comment.created');
      for (const k of [1, 2, 3])
        if ((n + week + k) % 4 !== 0) past(`reaction-${k}`, 'reaction.received', colleague(k));
      if ((n + week) % 2 === 1) past('post', 'post.published');
      if ((n + week) % 4 === 0) past('answer', 'answer.accepted', colleague(4));
    }
  });
  for (const h of history.sort((a, b) => a.at.getTime() - b.at.getTime())) {
    replayAt = h.at;
    await replay.award({
      tenantId,
      memberId: h.memberId,
      action: h.action,
      key: h.key,
      source: 'demo:history',
      actorId: h.actorId,
    });
  }
  for (const { at, event } of demoActivity(tenantId, now)) {
    replayAt = at;
    await replay.record(event);
  }

  for (const r of REWARDS) {
    const existing = await game.reward(tenantId, r.id);
    if (!existing) {
      await game.upsertReward({ ...r, pk: tenantId, tenantId, kind: 'reward', createdAt: now.toISOString() });
    }
  }

  // Two thank-yous in the feed, given through the real kudos flow (this week's allowance).
  const [camille, alex, ines] = DEMO_MEMBERS;
  if (camille && alex && ines) {
    const thanks = [
      {
        from: alex.id,
        to: camille.id,
        value: 'Credit generously',
        message:
          'Thank you Camille for reviewing our evaluation harness at such short notice: your checklist saved us a week.',
      },
      {
        from: ines.id,
        to: alex.id,
        value: 'Partager tôt',
        message:
          'Merci Alex pour la démo du vendredi : ta façon d’expliquer les embeddings a tout débloqué pour l’équipe.',
      },
    ];
    for (const k of thanks) {
      try {
        await options.kudos.give({
          actor: { tenantId, memberId: k.from },
          toId: k.to,
          message: k.message,
          value: k.value,
        });
      } catch {
        // A demo nicety: a charter without that value, or a member who has not accepted it, skips it.
      }
    }
  }

  await markers.upsert({
    pk: tenantId,
    tenantId,
    id: 'seed-demo-game',
    kind: 'seed',
    version: GAME_SEED_VERSION,
    seededAt: now.toISOString(),
  });
  return { seeded: true };
}
