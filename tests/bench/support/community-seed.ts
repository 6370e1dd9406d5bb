import { performance } from 'node:perf_hooks';
import {
  charterVersionId,
  DEFAULT_SETTINGS,
  type CharterVersion,
  type CommunitySettings,
} from '../../../bot/src/domain/charter/charter';
import {
  circleSearchText,
  departmentKey,
  membershipId,
  type Circle,
  type CircleRole,
  type CircleVisibility,
  type Membership,
} from '../../../bot/src/domain/circles/circle';
import type { Bookmark, ReactionDoc } from '../../../bot/src/domain/content/engagement-repository';
import {
  REACTIONS,
  type Audience,
  type Post,
  type PostStatus,
  type PostType,
  type Reaction,
} from '../../../bot/src/domain/content/post';
import { postSearchText } from '../../../bot/src/domain/content/text-rules';
import { videoEmbedOf } from '../../../bot/src/domain/content/video';
import type { Member, Role } from '../../../bot/src/domain/members/member';
import { Containers } from '../../../bot/src/domain/shared/containers';
import { pkOf, type BaseDoc, type ContainerDefinition } from '../../../bot/src/domain/shared/document-store';
import type { Language } from '../../../bot/src/domain/shared/locale';
import { normalizeText } from '../../../bot/src/domain/shared/text';
import type { SqliteDocumentStore } from '../../../bot/src/store/sqlite/sqlite-document-store';
import { Random, WeightedPicker } from './random';

/** The shape of a synthetic community: how many of each, and when "now" is. */
export interface SyntheticCommunityOptions {
  store: SqliteDocumentStore;
  tenantId: string;
  members: number;
  circles: number;
  posts: number;
  now: Date;
  /** PRNG seed: the same seed seeds the same community. */
  seed?: number;
  /** Progress lines (seeding a large community takes a while). */
  log?: (line: string) => void;
}

/** What was seeded. */
export interface SyntheticCommunity {
  tenantId: string;
  memberIds: string[];
  /** Documents written, per container. */
  counts: Record<string, number>;
  /** Facts worth printing next to the figures (memberships per member, targeted posts...). */
  facts: Record<string, number | string>;
  seconds: number;
}

const DAY = 86_400_000;
const DEPARTMENTS = [
  'Data',
  'Engineering',
  'Product',
  'Finance',
  'Sales',
  'HR',
  'Legal',
  'Marketing',
  'Operations',
  'Research',
  'Support',
  'Security',
];
const LOCATIONS = ['Paris', 'Lyon', 'London', 'Montréal', 'Berlin', 'Madrid', 'New York', 'Singapore'];
const ZONES: Record<string, string> = {
  Paris: 'Europe/Paris',
  Lyon: 'Europe/Paris',
  London: 'Europe/London',
  Montréal: 'America/Toronto',
  Berlin: 'Europe/Berlin',
  Madrid: 'Europe/Madrid',
  'New York': 'America/New_York',
  Singapore: 'Asia/Singapore',
};
const JOB_ROLES = [
  'Data scientist',
  'Data engineer',
  'Software engineer',
  'Staff engineer',
  'Product manager',
  'Designer',
  'Analyst',
  'Controller',
  'Account executive',
  'People partner',
  'Privacy counsel',
  'Engineering manager',
  'Researcher',
  'SRE',
  'Marketing manager',
];
export const TOPICS = [
  'llm',
  'mlops',
  'dataviz',
  'ethics',
  'platform',
  'python',
  'sql',
  'forecasting',
  'experimentation',
  'privacy',
  'cloud',
  'security',
  'observability',
  'frontend',
  'api-design',
  'testing',
  'accessibility',
  'product-analytics',
  'nlp',
  'computer-vision',
  'data-quality',
  'governance',
  'finops',
  'career',
  'leadership',
  'hiring',
  'onboarding',
  'agile',
  'open-source',
  'kubernetes',
];
const FIRST = [
  'Camille',
  'Alex',
  'Inès',
  'Priya',
  'Julien',
  'Sofia',
  'Louis',
  'Hannah',
  'Mathieu',
  'Grace',
  'Noah',
  'Léa',
  'Omar',
  'Yuki',
  'Elena',
  'Hugo',
  'Amara',
  'Lucas',
  'Zoé',
  'Ravi',
  'Chloé',
  'Mateo',
  'Aïcha',
  'Tom',
  'Mei',
  'Jonas',
  'Sara',
  'Diego',
  'Nina',
  'Karim',
];
const LAST = [
  'Durand',
  'Morgan',
  'Benali',
  'Raman',
  'Moreau',
  'Rossi',
  'Tremblay',
  'Schmidt',
  'Lefèvre',
  'Okafor',
  'Martin',
  'Nguyen',
  'Garcia',
  'Müller',
  'Kowalski',
  'Dubois',
  'Silva',
  'Tanaka',
  'Haddad',
  'Johansson',
  'Bernard',
  'Costa',
  'Ivanova',
  'Fischer',
  'Laurent',
  'Patel',
  'Kim',
  'Novak',
  'Roux',
  'Fontaine',
];
const WORDS =
  'data model pipeline feature evaluation prompt latency cost dashboard metric team customer release review experiment baseline drift monitoring schema query index cluster budget roadmap lesson mistake question answer practice pattern notebook deploy rollback incident postmortem quality privacy fairness bias sample label training inference cache batch stream warehouse lakehouse contract owner sprint demo feedback onboarding mentor hiring interview career growth community ritual coffee show tell workshop talk slide paper benchmark regression test coverage api endpoint service queue retry timeout budget forecast revenue churn funnel cohort segment survey insight story chart colour axis legend tooltip accessibility keyboard screen reader contrast'.split(
    ' ',
  );

/**
 * Seeds a realistic community straight into the embedded store, in large transactions through the
 * store's bulk load (the same row layout, checks and etags as the port's upsert). Members have
 * departments, locations, interests, followed tags and an acknowledged charter; circles are open,
 * closed or private interest circles and pods, with skewed sizes; posts are spread over twelve
 * months with heavy-tailed engagement, tags, mentions and some audience targeting; members who
 * visited the feed before have a "seen" list of the size the feed keeps.
 */
export function seedSyntheticCommunity(options: SyntheticCommunityOptions): SyntheticCommunity {
  const started = performance.now();
  const { store, tenantId, now } = options;
  const emit = options.log ?? (() => undefined);
  const log = (line: string) => emit(`${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const random = new Random(options.seed ?? 20_240_601);
  const iso = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
  const counts: Record<string, number> = {};
  const write = <T extends BaseDoc>(definition: ContainerDefinition, docs: T[]) => {
    counts[definition.name] = (counts[definition.name] ?? 0) + store.bulkUpsert(definition, docs);
    docs.length = 0;
  };
  const base = { pk: tenantId, tenantId };

  // Community settings and the charter every member acknowledged.
  const settings: CommunitySettings = {
    ...base,
    id: 'settings',
    kind: 'settings',
    name: { en: 'Data & AI community', fr: 'Communauté Data & IA' },
    tagline: { en: 'Learn from each other.', fr: 'Apprendre les uns des autres.' },
    createdAt: iso(400 * DAY),
    ...DEFAULT_SETTINGS,
    watchedWords: ['scam', 'arnaque'],
  };
  const text = (en: string) => ({ en, fr: en });
  const charter: CharterVersion = {
    ...base,
    id: charterVersionId(1),
    kind: 'charter',
    version: 1,
    purpose: text('We help everyone who works with data and AI do it better and more responsibly.'),
    values: [
      { title: text('Share early'), description: text('A rough draft today beats a polished deck later.') },
    ],
    codeOfConduct: text('Be kind and specific. Critique work, never people.'),
    rituals: [
      { title: text('Show & tell'), description: text('Ten minutes, one thing.'), cadence: text('Fridays') },
    ],
    publishedAt: iso(400 * DAY),
    publishedBy: 'seed',
  };
  write(Containers.community, [settings, charter] as BaseDoc[]);

  // Members.
  const members: Member[] = [];
  for (let n = 0; n < options.members; n++) members.push(syntheticMember(random, n, tenantId, now));
  const memberIds = members.map((m) => m.id);
  write(Containers.members, [...members]);
  log(`members: ${members.length}`);

  // Circles: the community circle (everyone), interest circles, pods.
  interface CircleSeed {
    circle: Circle;
    active: number[];
    /** Member indexes in this circle with any status, to avoid duplicates. */
    joined: Set<number>;
    memberships: Membership[];
  }
  const circleSeeds: CircleSeed[] = [];
  const interestCount = Math.round((options.circles - 1) * 0.6);
  for (let n = 0; n < options.circles; n++) {
    const type = n === 0 ? 'community' : n <= interestCount ? 'interest' : 'pod';
    const visibility: CircleVisibility =
      type === 'community'
        ? 'open'
        : type === 'interest'
          ? random.chance(0.55)
            ? 'open'
            : random.chance(0.66)
              ? 'closed'
              : 'private'
          : random.chance(0.6)
            ? 'private'
            : 'closed';
    const tags = type === 'community' ? ['community'] : random.sample(TOPICS, random.int(1, 2));
    const language: Language | undefined =
      type === 'community' ? undefined : random.chance(0.3) ? 'fr' : 'en';
    const name =
      type === 'community'
        ? 'Data & AI community'
        : type === 'interest'
          ? `${tags.map((t) => t.replace(/-/g, ' ')).join(' & ')} ${random.pick(['guild', 'circle', 'club', 'forum', 'lab'])} ${n}`
          : `Pod ${random.pick(LOCATIONS)} ${n}`;
    const description = `${name}: ${sentence(random, 12)}`;
    const created = iso((300 + random.next() * 60) * DAY);
    circleSeeds.push({
      circle: {
        ...base,
        id: n === 0 ? 'community' : random.uuid(),
        kind: 'circle',
        type,
        visibility,
        name,
        description,
        ...(language ? { language } : {}),
        tags,
        memberCount: 0,
        departmentCounts: {},
        searchText: circleSearchText({ name, description, tags }),
        createdBy: memberIds[random.int(0, memberIds.length - 1)]!,
        createdAt: created,
        updatedAt: created,
      },
      active: [],
      joined: new Set(),
      memberships: [],
    });
  }
  const join = (seed: CircleSeed, memberIndex: number) => {
    if (seed.joined.has(memberIndex)) return false;
    seed.joined.add(memberIndex);
    const { circle } = seed;
    const status: Membership['status'] =
      circle.visibility === 'closed' && random.chance(0.03)
        ? 'requested'
        : circle.visibility === 'private' && circle.type !== 'pod' && random.chance(0.03)
          ? 'invited'
          : 'active';
    const role: CircleRole =
      status !== 'active'
        ? 'member'
        : seed.active.length === 0
          ? 'owner'
          : random.chance(0.04)
            ? 'animator'
            : 'member';
    if (status === 'active') seed.active.push(memberIndex);
    seed.memberships.push({
      ...base,
      id: membershipId(circle.id, memberIds[memberIndex]!),
      kind: 'membership',
      circleId: circle.id,
      memberId: memberIds[memberIndex]!,
      role,
      status,
      since: iso(random.next() * 300 * DAY),
    });
    return status === 'active';
  };

  // Everyone is in the community circle and in 3 to 8 circles in all.
  const quota = members.map(() => random.int(3, 8) - 1);
  members.forEach((_, i) => join(circleSeeds[0]!, i));
  const pods = circleSeeds.filter((s) => s.circle.type === 'pod');
  for (const pod of pods) {
    let size = random.int(3, 8);
    for (let tries = 0; size > 0 && tries < 100; tries++) {
      const i = random.int(0, members.length - 1);
      if (quota[i]! > 0 && !pod.joined.has(i)) {
        join(pod, i);
        quota[i]!--;
        size--;
      }
    }
  }
  const interests = circleSeeds.filter((s) => s.circle.type === 'interest');
  // Popularity is skewed: a few big circles, a long tail of small ones.
  const popularity = new WeightedPicker(interests.map((_, rank) => 1 / Math.pow(rank + 1, 0.8)));
  const byTopic = new Map<string, CircleSeed[]>();
  for (const seed of interests) {
    for (const tag of seed.circle.tags) byTopic.set(tag, [...(byTopic.get(tag) ?? []), seed]);
  }
  members.forEach((member, i) => {
    for (let tries = 0; quota[i]! > 0 && tries < 50; tries++) {
      const matching = byTopic.get(random.pick(member.segments.interests)) ?? [];
      const seed =
        matching.length > 0 && random.chance(0.6)
          ? random.pick(matching)
          : interests[popularity.pick(random)]!;
      if (seed.joined.has(i)) continue;
      join(seed, i);
      quota[i]!--;
    }
  });
  const memberships: Membership[] = [];
  const circles: Circle[] = [];
  for (const seed of circleSeeds) {
    seed.circle.memberCount = seed.active.length;
    for (const i of seed.active) {
      const key = departmentKey(members[i]!.segments.department!);
      seed.circle.departmentCounts[key] = (seed.circle.departmentCounts[key] ?? 0) + 1;
    }
    circles.push(seed.circle);
    memberships.push(...seed.memberships);
  }
  write(Containers.circles, circles);
  const membershipCount = memberships.length;
  for (let i = 0; i < memberships.length; i += 10_000)
    write(Containers.memberships, memberships.slice(i, i + 10_000));
  log(`circles: ${circleSeeds.length}, memberships: ${membershipCount}`);

  // Posts: the community circle takes about an eighth, other circles by size.
  const circlePicker = new WeightedPicker(
    circleSeeds.map((s, n) => (n === 0 ? 0 : Math.pow(s.active.length + 2, 0.9))),
  );
  const postPicker = { pick: () => (random.chance(0.12) ? 0 : circlePicker.pick(random)) };
  const publishedIds: string[] = [];
  let targeted = 0;
  let batch: Post[] = [];
  let reactions: ReactionDoc[] = [];
  for (let n = 0; n < options.posts; n++) {
    const seed = circleSeeds[postPicker.pick()]!;
    const circle = seed.circle;
    const authorIndex = seed.active.length > 0 ? random.pick(seed.active) : random.int(0, members.length - 1);
    const author = members[authorIndex]!;
    const roll = random.next();
    const status: PostStatus =
      roll < 0.965
        ? 'published'
        : roll < 0.975
          ? 'draft'
          : roll < 0.98
            ? 'scheduled'
            : roll < 0.985
              ? 'held'
              : roll < 0.99
                ? 'hidden'
                : 'deleted';
    const type = postTypeOf(random, circle.type === 'community' && author.roles.length > 0);
    const createdMsAgo = random.next() * 365 * DAY;
    const scheduledFor =
      status === 'scheduled'
        ? new Date(now.getTime() + random.int(1, 30 * 24) * 3_600_000).toISOString()
        : undefined;
    const publishedAt = scheduledFor ?? iso(createdMsAgo);
    const mentioned = random.chance(0.08)
      ? [random.int(0, members.length - 1), random.int(0, members.length - 1)].slice(0, random.int(1, 2))
      : [];
    const mentions = [...new Set(mentioned.map((i) => memberIds[i]!))];
    const title = capitalize(sentence(random, random.int(4, 10)));
    const body = [
      ...mentioned.map((i) => `@[${members[i]!.displayName}](${memberIds[i]!})`),
      paragraphs(random),
    ].join(' ');
    const tags = [
      ...new Set([
        ...random.sample(circle.tags, random.int(1, circle.tags.length)),
        ...(random.chance(0.3) ? [random.pick(TOPICS)] : []),
      ]),
    ];
    const url =
      type === 'link'
        ? `https://example.com/articles/${n}`
        : type === 'video'
          ? `https://www.youtube.com/watch?v=${random.uuid().replace(/-/g, '').slice(0, 11)}`
          : undefined;
    const video = url && type === 'video' ? videoEmbedOf(url) : undefined;
    // Heavy-tailed engagement: most posts get a few reactions, some get dozens.
    const reach = Math.max(1, seed.active.length);
    const reactionTotal =
      status === 'published'
        ? Math.min(reach, Math.max(0, Math.floor(Math.exp(0.7 + 1.1 * random.normal())) - 1))
        : 0;
    const comments =
      status === 'published'
        ? Math.min(reach, Math.max(0, Math.floor(Math.exp(0.2 + 1.0 * random.normal())) - 1))
        : 0;
    const votes =
      type === 'idea' && status === 'published' ? Math.min(reach, Math.floor(random.exponential(4))) : 0;
    const accepted = type === 'question' && comments > 0 && random.chance(0.4);
    const split: Record<Reaction, number> = { like: 0, celebrate: 0, insightful: 0, curious: 0 };
    const reactors = random.sample(
      seed.active.length > 0 ? seed.active : [authorIndex],
      Math.min(reactionTotal, 8),
    );
    for (let r = 0; r < reactionTotal; r++) split[random.chance(0.55) ? 'like' : random.pick(REACTIONS)]++;
    const audience: Audience | undefined =
      status === 'published' && (type === 'announcement' ? random.chance(0.5) : random.chance(0.004))
        ? audienceOf(random)
        : undefined;
    if (audience) targeted++;
    const post: Post = {
      ...base,
      id: random.uuid(),
      kind: 'post',
      type,
      circleId: circle.id,
      circleVisibility: circle.visibility,
      authorId: author.id,
      anonymous: type === 'question' && random.chance(0.1),
      title,
      body,
      ...(url ? { url } : {}),
      ...(type === 'link'
        ? { preview: { url: url!, title: `${title} – Example`, siteName: 'Example' } }
        : {}),
      ...(video ? { video } : {}),
      language: circle.language ?? author.language ?? 'en',
      tags,
      mentions,
      ...(audience ? { audience } : {}),
      status,
      ...(status === 'draft' ? { ready: random.chance(0.5) } : {}),
      ...(status === 'held' ? { heldReason: 'scam' } : {}),
      ...(scheduledFor ? { scheduledFor } : {}),
      publishedAt,
      createdAt: iso(createdMsAgo),
      updatedAt: iso(createdMsAgo * random.next()),
      ...(random.chance(0.05) ? { editedAt: iso(createdMsAgo * random.next()) } : {}),
      counts: { comments, reactions: split, votes },
      engagement: reactionTotal + 2 * comments + votes + (accepted ? 5 : 0),
      ...(accepted ? { acceptedAnswerId: random.uuid() } : {}),
      ...(type === 'idea'
        ? { ideaStatus: random.pick(['new', 'reviewing', 'planned', 'done', 'declined'] as const) }
        : {}),
      searchText: postSearchText({ title, body, tags }),
    };
    batch.push(post);
    if (status === 'published') publishedIds.push(post.id);
    let kinds = Object.entries(split).flatMap(([kind, k]) => Array<Reaction>(k).fill(kind as Reaction));
    kinds = kinds.slice(0, reactors.length);
    reactors.forEach((i, r) => {
      if (kinds[r] === undefined) return;
      reactions.push({
        id: memberIds[i]!,
        pk: pkOf(tenantId, post.id),
        tenantId,
        kind: 'reaction',
        postId: post.id,
        memberId: memberIds[i]!,
        reaction: kinds[r],
        at: iso(createdMsAgo * random.next()),
      });
    });
    if (batch.length === 5000) {
      write(Containers.posts, batch);
      write(Containers.reactions, reactions);
      batch = [];
      reactions = [];
      if ((n + 1) % 25_000 === 0) log(`posts: ${n + 1}`);
    }
  }
  write(Containers.posts, batch);
  write(Containers.reactions, reactions);

  // Bookmarks (a third of the members save posts) and what returning members have already seen.
  let bookmarks: Bookmark[] = [];
  let seen: BaseDoc[] = [];
  let seenIds = 0;
  members.forEach((member, i) => {
    if (random.chance(0.3)) {
      for (const postId of random.sample(publishedIds, random.int(1, 15))) {
        bookmarks.push({
          id: postId,
          pk: pkOf(tenantId, member.id),
          tenantId,
          kind: 'bookmark',
          postId,
          memberId: member.id,
          createdAt: iso(random.next() * 200 * DAY),
        });
      }
    }
    if (member.lastFeedVisitAt) {
      // The feed keeps the newest 3,000 posts shown; regulars reach the cap.
      const size = Math.min(3000, Math.round(random.exponential(600)));
      const ids = new Set<string>();
      while (ids.size < size) ids.add(random.pick(publishedIds));
      seenIds += size;
      seen.push({
        id: 'seen',
        pk: pkOf(tenantId, member.id),
        tenantId,
        kind: 'seen',
        ids: [...ids],
      } as BaseDoc);
    }
    if ((i + 1) % 2000 === 0) {
      write(Containers.bookmarks, bookmarks);
      write(Containers.feedSessions, seen);
      bookmarks = [];
      seen = [];
    }
  });
  write(Containers.bookmarks, bookmarks);
  write(Containers.feedSessions, seen);
  log(`bookmarks and seen lists`);

  const sizes = circleSeeds.map((s) => s.active.length).sort((a, b) => a - b);
  return {
    tenantId,
    memberIds,
    counts,
    facts: {
      'memberships per member (avg)': (membershipCount / members.length).toFixed(1),
      'circles open/closed/private': ['open', 'closed', 'private']
        .map((v) => circleSeeds.filter((s) => s.circle.visibility === v).length)
        .join('/'),
      'interest circles / pods': `${interests.length}/${pods.length}`,
      'circle size median / max (excl. community)': `${sizes[Math.floor(sizes.length / 2)]}/${sizes[sizes.length - 2]}`,
      'published posts': publishedIds.length,
      'targeted posts': targeted,
      'seen ids per returning member (avg)': (seenIds / Math.max(1, counts['feed_sessions'] ?? 1)).toFixed(0),
    },
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * The `n`th member of a synthetic community: a name, an email, a department, a location, a job role,
 * 1-3 interests, followed tags, the charter acknowledged, a visit to the feed for 70% of them. The
 * first 3 are admins and the next 57 animators. Draws from `random` in a fixed order, so the same
 * seed gives the same members (other seeders reuse it).
 */
export function syntheticMember(random: Random, n: number, tenantId: string, now: Date): Member {
  const iso = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
  const base = { pk: tenantId, tenantId };
  const first = random.pick(FIRST);
  const last = random.pick(LAST);
  const displayName = `${first} ${last}`;
  const location = random.pick(LOCATIONS);
  const interests = random.sample(TOPICS, random.int(1, 3));
  const roles: Role[] = n < 3 ? ['admin'] : n < 60 ? ['animator'] : [];
  const visited = random.chance(0.7);
  return {
    ...base,
    id: random.uuid(),
    kind: 'member',
    displayName,
    email: `${normalizeText(first)}.${normalizeText(last)}.${n}@contoso.example`.replace(/[^a-z0-9.@]/g, ''),
    language: location === 'Paris' || location === 'Lyon' || location === 'Montréal' ? 'fr' : 'en',
    timeZone: ZONES[location]!,
    roles,
    segments: {
      department: random.pick(DEPARTMENTS),
      location,
      jobRole: random.pick(JOB_ROLES),
      interests,
    },
    charterAcknowledgedVersion: 1,
    // Most follow their interests; some follow more tags, some none.
    followedTags: random.chance(0.15)
      ? []
      : [...new Set([...interests, ...(random.chance(0.3) ? random.sample(TOPICS, 2) : [])])],
    searchName: normalizeText(displayName),
    ...(visited ? { lastFeedVisitAt: iso(random.next() * 7 * DAY) } : {}),
    joinedAt: iso(random.next() * 365 * DAY),
    lastSeenAt: iso(random.next() * 14 * DAY),
    source: 'sso',
  };
}

function postTypeOf(random: Random, mayAnnounce: boolean): PostType {
  if (mayAnnounce && random.chance(0.15)) return 'announcement';
  const roll = random.next();
  return roll < 0.42
    ? 'article'
    : roll < 0.64
      ? 'question'
      : roll < 0.8
        ? 'link'
        : roll < 0.9
          ? 'idea'
          : roll < 0.96
            ? 'video'
            : 'article';
}

function audienceOf(random: Random): Audience {
  const audience: Audience = { departments: [], locations: [], jobRoles: [], interests: [] };
  const roll = random.next();
  if (roll < 0.4) audience.departments = random.sample(DEPARTMENTS, random.int(1, 2));
  else if (roll < 0.7) audience.locations = random.sample(LOCATIONS, 1);
  else audience.interests = random.sample(TOPICS, random.int(1, 2));
  return audience;
}

function sentence(random: Random, words: number): string {
  return Array.from({ length: words }, () => random.pick(WORDS)).join(' ');
}

/** Markdown bodies of a few hundred characters, some much longer. */
function paragraphs(random: Random): string {
  const length = Math.min(6000, Math.round(Math.exp(6.2 + 0.6 * random.normal())));
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const part = `${capitalize(sentence(random, random.int(6, 18)))}.`;
    parts.push(random.chance(0.1) ? `\n\n- ${part}` : part);
    size += part.length + 1;
  }
  return parts.join(' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
