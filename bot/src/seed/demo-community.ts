import { CharterRepository } from '../domain/charter/charter-repository';
import {
  charterVersionId,
  DEFAULT_SETTINGS,
  type CharterVersion,
  type CommunitySettings,
} from '../domain/charter/charter';
import { CircleRepository } from '../domain/circles/circle-repository';
import { circleSearchText, departmentKey, membershipId, type Circle } from '../domain/circles/circle';
import { normalizeText } from '../domain/shared/text';
import { PostRepository } from '../domain/content/post-repository';
import {
  emptyCounts,
  ENGAGEMENT_WEIGHTS,
  type Comment,
  type Post,
  type PostType,
  type Reaction,
} from '../domain/content/post';
import { mentionedIds, postSearchText } from '../domain/content/text-rules';
import { EngagementRepository } from '../domain/content/engagement-repository';
import { MemberRepository } from '../domain/members/member-repository';
import type { Member, Role } from '../domain/members/member';
import type { ActivityEvent } from '../domain/shared/activity';
import type { Clock } from '../domain/shared/clock';
import { Containers } from '../domain/shared/containers';
import { pkOf, type BaseDoc, type DocumentStore } from '../domain/shared/document-store';
import type { Language } from '../domain/shared/locale';

/** Bump when the demo data changes shape: a store seeded by an older version is seeded again. */
const SEED_VERSION = 3;

interface SeedMarker extends BaseDoc {
  kind: 'seed';
  version: number;
  seededAt: string;
}

const M = (n: number) => `c0ffee00-0000-4000-8000-0000000000${n.toString(16).padStart(2, '0')}`;

/** The demo member (dev mode's default identity) is an admin, so every screen can be tried. */
export const DEMO_MEMBERS: {
  id: string;
  name: string;
  language: Language;
  department: string;
  location: string;
  jobRole: string;
  interests: string[];
  roles: Role[];
}[] = [
  {
    id: M(0xa1),
    name: 'Camille Durand',
    language: 'fr',
    department: 'Data',
    location: 'Paris',
    jobRole: 'Lead data scientist',
    interests: ['mlops', 'llm'],
    roles: ['admin', 'animator'],
  },
  {
    id: M(0xa2),
    name: 'Alex Morgan',
    language: 'en',
    department: 'Engineering',
    location: 'London',
    jobRole: 'Staff engineer',
    interests: ['llm', 'platform'],
    roles: ['animator'],
  },
  {
    id: M(0xa3),
    name: 'Inès Benali',
    language: 'fr',
    department: 'Data',
    location: 'Lyon',
    jobRole: 'Data engineer',
    interests: ['mlops', 'dataviz'],
    roles: [],
  },
  {
    id: M(0xa4),
    name: 'Priya Raman',
    language: 'en',
    department: 'Product',
    location: 'London',
    jobRole: 'Product manager',
    interests: ['llm', 'ethics'],
    roles: [],
  },
  {
    id: M(0xa5),
    name: 'Julien Moreau',
    language: 'fr',
    department: 'Finance',
    location: 'Paris',
    jobRole: 'Controller',
    interests: ['dataviz'],
    roles: [],
  },
  {
    id: M(0xa6),
    name: 'Sofia Rossi',
    language: 'en',
    department: 'Engineering',
    location: 'Montréal',
    jobRole: 'ML engineer',
    interests: ['mlops', 'platform'],
    roles: [],
  },
  {
    id: M(0xa7),
    name: 'Louis Tremblay',
    language: 'fr',
    department: 'Sales',
    location: 'Montréal',
    jobRole: 'Account executive',
    interests: ['llm'],
    roles: [],
  },
  {
    id: M(0xa8),
    name: 'Hannah Schmidt',
    language: 'en',
    department: 'HR',
    location: 'Lyon',
    jobRole: 'People partner',
    interests: ['ethics'],
    roles: [],
  },
  {
    id: M(0xa9),
    name: 'Mathieu Lefèvre',
    language: 'fr',
    department: 'Data',
    location: 'Lyon',
    jobRole: 'Analytics engineer',
    interests: ['dataviz', 'mlops'],
    roles: [],
  },
  {
    id: M(0xaa),
    name: 'Grace Okafor',
    language: 'en',
    department: 'Legal',
    location: 'London',
    jobRole: 'Privacy counsel',
    interests: ['ethics', 'llm'],
    roles: [],
  },
];

/** The demo's Teams-side identity for the Microsoft 365 Agents Playground (same as the demo admin). */
export const DEMO_PLAYGROUND_USER = DEMO_MEMBERS[0]!;

const CIRCLES: (Pick<Circle, 'id' | 'type' | 'visibility' | 'name' | 'description' | 'tags'> & {
  language?: Language;
  members: string[];
})[] = [
  {
    id: 'community',
    type: 'community',
    visibility: 'open',
    name: 'Data & AI community · Communauté Data & IA',
    description:
      'Everyone who builds with data and AI. / Toutes celles et ceux qui construisent avec la data et l’IA.',
    tags: ['community'],
    members: DEMO_MEMBERS.map((m) => m.id),
  },
  {
    id: 'llm-practice',
    type: 'interest',
    visibility: 'open',
    name: 'LLM in practice',
    description: 'Prompting, evaluation and shipping language-model features responsibly.',
    language: 'en',
    tags: ['llm', 'evaluation'],
    members: [M(0xa1), M(0xa2), M(0xa4), M(0xa7), M(0xaa)],
  },
  {
    id: 'mlops',
    type: 'interest',
    visibility: 'open',
    name: 'MLOps & plateformes',
    description: 'Industrialiser les modèles : pipelines, monitoring, coûts.',
    language: 'fr',
    tags: ['mlops', 'platform'],
    members: [M(0xa1), M(0xa3), M(0xa6), M(0xa9)],
  },
  {
    id: 'data-leaders',
    type: 'interest',
    visibility: 'private',
    name: 'Data leaders',
    description: 'A private circle for the people who run data teams: budgets, hiring, strategy.',
    language: 'en',
    tags: ['leadership'],
    members: [M(0xa1), M(0xa2), M(0xa4)],
  },
  {
    id: 'pod-lyon',
    type: 'pod',
    visibility: 'private',
    name: 'Pod Lyon · dataviz',
    description: 'Cinq personnes, un déjeuner par mois, un tableau de bord à critiquer.',
    language: 'fr',
    tags: ['dataviz'],
    members: [M(0xa1), M(0xa3), M(0xa8), M(0xa9), M(0xa5)],
  },
];

interface SeedComment {
  id: string;
  author: string;
  hoursAgo: number;
  body: string;
  parentId?: string;
  accepted?: boolean;
}

interface SeedPost {
  id: string;
  type: PostType;
  circleId: string;
  author: string;
  language: Language;
  /** Negative: in the future (scheduled posts). */
  hoursAgo: number;
  title: string;
  body: string;
  tags: string[];
  url?: string;
  anonymous?: boolean;
  status?: 'published' | 'draft' | 'scheduled' | 'held';
  ready?: boolean;
  heldReason?: string;
  reactions?: [memberId: string, reaction: Reaction][];
  votes?: string[];
  ideaStatus?: 'new' | 'reviewing' | 'planned';
  comments?: SeedComment[];
}

const POSTS: SeedPost[] = [
  {
    id: 'welcome-announcement',
    type: 'announcement',
    circleId: 'community',
    author: M(0xa1),
    language: 'fr',
    hoursAgo: 2,
    title: 'Bienvenue dans la communauté Data & IA !',
    body: 'Présentez-vous en commentaire : votre équipe, un sujet qui vous passionne, une question que vous aimeriez poser au groupe.',
    reactions: [
      [M(0xa2), 'celebrate'],
      [M(0xa3), 'like'],
      [M(0xa6), 'celebrate'],
      [M(0xa9), 'like'],
    ],
    comments: [
      {
        id: 'c-welcome-1',
        author: M(0xa3),
        hoursAgo: 1.5,
        body: 'Inès, data engineer à Lyon. Je cherche des retours sur dbt + Dagster !',
      },
      {
        id: 'c-welcome-2',
        author: M(0xa6),
        hoursAgo: 1,
        body: 'Sofia, ML engineer in Montréal. Happy to talk model monitoring.',
      },
      {
        id: 'c-welcome-3',
        author: M(0xa1),
        hoursAgo: 0.5,
        parentId: 'c-welcome-2',
        body: 'Welcome Sofia! @[Inès Benali](c0ffee00-0000-4000-8000-0000000000a3) works on the same stack.',
      },
    ],
    tags: ['community'],
  },
  {
    id: 'eval-harness',
    type: 'article',
    circleId: 'llm-practice',
    author: M(0xa2),
    language: 'en',
    hoursAgo: 20,
    title: 'How we built an evaluation harness for our support assistant',
    reactions: [
      [M(0xa1), 'insightful'],
      [M(0xa4), 'insightful'],
      [M(0xa7), 'like'],
    ],
    body: 'Three lessons: start with 50 real questions, grade with a rubric people agree on, and track regressions on every prompt change.',
    tags: ['llm', 'evaluation'],
  },
  {
    id: 'feature-store-question',
    type: 'question',
    circleId: 'mlops',
    author: M(0xa3),
    language: 'fr',
    hoursAgo: 30,
    title: 'Feature store maison ou solution managée ?',
    comments: [
      {
        id: 'c-fs-1',
        author: M(0xa6),
        hoursAgo: 26,
        body: 'Managed, for us: the time saved on backfills paid for it in three months.',
        accepted: true,
      },
      {
        id: 'c-fs-2',
        author: M(0xa9),
        hoursAgo: 20,
        parentId: 'c-fs-1',
        body: 'Même constat chez nous, surtout pour la cohérence online/offline.',
      },
    ],
    body: 'Nous hésitons entre construire notre feature store sur le lakehouse et adopter une solution managée. Vos retours d’expérience ?',
    tags: ['mlops'],
  },
  {
    id: 'anonymous-question',
    type: 'question',
    circleId: 'community',
    author: M(0xa5),
    language: 'en',
    hoursAgo: 44,
    title: 'Is it OK to admit I do not understand our forecasting model?',
    body: 'Our team uses its numbers every month and nobody explains how it works. How do I ask without sounding lost?',
    tags: ['community'],
    anonymous: true,
  },
  {
    id: 'idea-office-hours',
    type: 'idea',
    circleId: 'community',
    author: M(0xa4),
    language: 'en',
    hoursAgo: 70,
    title: 'Idea: monthly data office hours for non-data teams',
    votes: [M(0xa1), M(0xa3), M(0xa5), M(0xa8)],
    ideaStatus: 'reviewing',
    body: 'One hour a month where anyone can bring a spreadsheet or a question. Data volunteers rotate.',
    tags: ['community'],
  },
  {
    id: 'dataviz-link',
    type: 'link',
    circleId: 'pod-lyon',
    author: M(0xa9),
    language: 'fr',
    hoursAgo: 96,
    title: 'Le guide de style dataviz que nous critiquerons jeudi',
    body: 'Lisez les sections 2 et 4 avant le déjeuner.',
    url: 'https://example.com/dataviz-style-guide',
    tags: ['dataviz'],
  },
  {
    id: 'leaders-budget',
    type: 'article',
    circleId: 'data-leaders',
    author: M(0xa2),
    language: 'en',
    hoursAgo: 120,
    title: 'Budget season: how we justified our GPU spend',
    body: 'We tied every line to a product outcome and showed the cost per thousand predictions.',
    tags: ['leadership'],
  },
  {
    id: 'prompt-checklist',
    type: 'article',
    circleId: 'llm-practice',
    author: M(0xa4),
    language: 'en',
    hoursAgo: 24 * 45,
    title: 'A ten-point checklist before shipping a prompt change',
    body: '1. Pin the model version.\n2. Run the evaluation set.\n3. Compare costs per 1,000 calls.\n\n…and seven more that saved us from bad releases.',
    tags: ['llm', 'evaluation'],
    reactions: [
      [M(0xa1), 'insightful'],
      [M(0xa2), 'insightful'],
      [M(0xa7), 'like'],
      [M(0xaa), 'insightful'],
    ],
  },
  {
    id: 'sql-style',
    type: 'article',
    circleId: 'community',
    author: M(0xa9),
    language: 'fr',
    hoursAgo: 24 * 60,
    title: 'Notre guide de style SQL, en une page',
    body: 'Mots-clés en majuscules, une colonne par ligne, des CTE nommées pour ce qu’elles signifient. Le détail dans le guide.',
    tags: ['sql', 'dataviz'],
    reactions: [
      [M(0xa3), 'like'],
      [M(0xa5), 'like'],
      [M(0xa6), 'insightful'],
    ],
    comments: [
      { id: 'c-sql-1', author: M(0xa5), hoursAgo: 24 * 59, body: 'Adopté par la finance dès lundi !' },
    ],
  },
  {
    id: 'draft-mlops-costs',
    type: 'article',
    circleId: 'community',
    author: M(0xa2),
    language: 'en',
    hoursAgo: 5,
    title: 'What our model serving really costs',
    body: 'A breakdown of GPU, storage and people time for our three main models.',
    tags: ['mlops'],
    status: 'draft',
    ready: true,
  },
  {
    id: 'draft-quiz-ideas',
    type: 'question',
    circleId: 'community',
    author: M(0xa1),
    language: 'fr',
    hoursAgo: 8,
    title: 'Quelles questions pour le quiz de la semaine ?',
    body: 'Proposez vos questions en commentaire.',
    tags: ['community'],
    status: 'draft',
    ready: true,
  },
  {
    id: 'draft-unready',
    type: 'article',
    circleId: 'llm-practice',
    author: M(0xa2),
    language: 'en',
    hoursAgo: 30,
    title: 'Notes on retrieval evaluation (work in progress)',
    body: 'TODO',
    tags: ['llm'],
    status: 'draft',
    ready: false,
  },
  {
    id: 'scheduled-show-and-tell',
    type: 'announcement',
    circleId: 'community',
    author: M(0xa1),
    language: 'en',
    hoursAgo: -40,
    title: 'Show & tell on Friday: three demos, ten minutes each',
    body: 'Bring your questions. Recording and notes will be posted here afterwards.',
    tags: ['community'],
    status: 'scheduled',
  },
  {
    id: 'held-credits',
    type: 'link',
    circleId: 'community',
    author: M(0xa7),
    language: 'en',
    hoursAgo: 3,
    title: 'Free GPU credits for everyone',
    body: 'Looks like a scam to me, but maybe worth a look?',
    url: 'https://example.com/free-credits',
    tags: ['llm'],
    status: 'held',
    heldReason: 'scam',
  },
];

function departmentCountsOf(memberIds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of memberIds) {
    const department = DEMO_MEMBERS.find((m) => m.id === id)?.department;
    if (department) counts[departmentKey(department)] = (counts[departmentKey(department)] ?? 0) + 1;
  }
  return counts;
}

/**
 * Seeds the bilingual demo community into a tenant, once. Every write is an upsert and the marker
 * is written last, so a start interrupted halfway seeds again cleanly on the next start.
 */
export async function seedDemoCommunity(options: {
  store: DocumentStore;
  tenantId: string;
  clock: Clock;
}): Promise<{ seeded: boolean }> {
  const { store, tenantId, clock } = options;
  const markers = store.container<SeedMarker>(Containers.community);
  const marker = await markers.read({ tenantId, pk: tenantId, id: 'seed-demo' });
  if (marker && marker.version >= SEED_VERSION) return { seeded: false };

  const now = clock.now();
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
  const base = { pk: tenantId, tenantId };

  const charters = new CharterRepository(store);
  const settings: CommunitySettings = {
    ...base,
    id: 'settings',
    kind: 'settings',
    name: { en: 'Data & AI community', fr: 'Communauté Data & IA' },
    tagline: {
      en: 'Learn from each other, ship responsibly, and have fun doing it.',
      fr: 'Apprendre les uns des autres, livrer de façon responsable, et y prendre plaisir.',
    },
    createdAt: at(24 * 30),
    ...DEFAULT_SETTINGS,
    watchedWords: ['arnaque', 'scam'],
  };
  await charters.upsertSettings(settings);
  const charter: CharterVersion = {
    ...base,
    id: charterVersionId(1),
    kind: 'charter',
    version: 1,
    purpose: {
      en: 'We help everyone who works with data and AI do it better and more responsibly, by sharing what works, what fails, and what we are still figuring out.',
      fr: 'Nous aidons toutes celles et ceux qui travaillent avec la data et l’IA à mieux le faire, de façon responsable, en partageant ce qui marche, ce qui échoue, et ce que nous cherchons encore.',
    },
    values: [
      {
        title: { en: 'Share early', fr: 'Partager tôt' },
        description: {
          en: 'A rough draft today beats a polished deck next quarter.',
          fr: 'Un brouillon aujourd’hui vaut mieux qu’une présentation parfaite dans trois mois.',
        },
      },
      {
        title: { en: 'No silly questions', fr: 'Pas de question bête' },
        description: {
          en: 'Asking is how the community learns; you can ask anonymously.',
          fr: 'Poser une question fait apprendre toute la communauté ; vous pouvez demander anonymement.',
        },
      },
      {
        title: { en: 'Credit generously', fr: 'Reconnaître généreusement' },
        description: {
          en: 'Name the people whose work you build on.',
          fr: 'Citez les personnes dont vous réutilisez le travail.',
        },
      },
      {
        title: { en: 'Responsible by default', fr: 'Responsable par défaut' },
        description: {
          en: 'Privacy, fairness and cost are part of the design, not an afterthought.',
          fr: 'Confidentialité, équité et coût font partie de la conception, pas d’une relecture finale.',
        },
      },
    ],
    codeOfConduct: {
      en: 'Be kind and specific. Critique work, never people. Keep confidential data out of posts. Report anything that makes the community less safe; animators answer within two working days.',
      fr: 'Soyez bienveillant et précis. Critiquez le travail, jamais les personnes. Ne publiez pas de données confidentielles. Signalez tout ce qui rend la communauté moins sûre ; les animateurs répondent sous deux jours ouvrés.',
    },
    rituals: [
      {
        title: { en: 'Show & tell', fr: 'Démo du vendredi' },
        description: {
          en: 'Ten minutes, one thing you built or learnt.',
          fr: 'Dix minutes, une chose construite ou apprise.',
        },
        cadence: { en: 'Every other Friday, 11:00', fr: 'Un vendredi sur deux, 11 h' },
      },
      {
        title: { en: 'Question of the week', fr: 'Question de la semaine' },
        description: {
          en: 'The bot asks; the best answer earns a badge.',
          fr: 'Le bot la pose ; la meilleure réponse gagne un badge.',
        },
        cadence: { en: 'Mondays', fr: 'Le lundi' },
      },
      {
        title: { en: 'Coffee roulette', fr: 'Café roulette' },
        description: {
          en: 'Meet someone new from another team.',
          fr: 'Rencontrez quelqu’un d’une autre équipe.',
        },
        cadence: { en: 'Monthly', fr: 'Chaque mois' },
      },
    ],
    publishedAt: at(24 * 30),
    publishedBy: M(0xa1),
  };
  await charters.upsertVersion(charter);

  const members = new MemberRepository(store);
  for (const [n, m] of DEMO_MEMBERS.entries()) {
    const member: Member = {
      ...base,
      id: m.id,
      kind: 'member',
      displayName: m.name,
      language: m.language,
      timeZone:
        m.location === 'Montréal'
          ? 'America/Toronto'
          : m.location === 'London'
            ? 'Europe/London'
            : 'Europe/Paris',
      roles: m.roles,
      followedTags: m.interests,
      searchName: normalizeText(m.name),
      segments: {
        department: m.department,
        location: m.location,
        jobRole: m.jobRole,
        interests: m.interests,
      },
      ...(n % 3 === 0 && n > 0 ? {} : { charterAcknowledgedVersion: 1 }),
      joinedAt: at(24 * (30 - n)),
      lastSeenAt: at(n * 5),
      source: 'demo',
    };
    await members.upsert(member);
  }

  const circles = new CircleRepository(store);
  for (const c of CIRCLES) {
    const { members: circleMembers, ...fields } = c;
    await circles.upsert({
      ...base,
      ...fields,
      kind: 'circle',
      memberCount: circleMembers.length,
      departmentCounts: departmentCountsOf(circleMembers),
      searchText: circleSearchText(fields),
      createdBy: M(0xa1),
      createdAt: at(24 * 30),
      updatedAt: at(24 * 30),
    });
    for (const [n, memberId] of circleMembers.entries()) {
      await circles.upsertMembership({
        ...base,
        id: membershipId(c.id, memberId),
        kind: 'membership',
        circleId: c.id,
        memberId,
        role: n === 0 ? 'owner' : 'member',
        status: 'active',
        since: at(24 * 29),
      });
    }
  }

  const posts = new PostRepository(store);
  const engagement = new EngagementRepository(store);
  for (const p of POSTS) {
    const circle = CIRCLES.find((c) => c.id === p.circleId)!;
    const counts = emptyCounts();
    const others = (memberId: string) => (memberId === p.author ? 0 : 1);
    let score = 0;
    for (const [memberId, reaction] of p.reactions ?? []) {
      counts.reactions[reaction]++;
      score += others(memberId) * ENGAGEMENT_WEIGHTS.reaction;
      await engagement.createOrKeepReaction({
        ...base,
        pk: pkOf(tenantId, p.id),
        id: memberId,
        kind: 'reaction',
        postId: p.id,
        memberId,
        reaction,
        at: at(Math.max(0, p.hoursAgo - 1)),
      });
    }
    for (const memberId of p.votes ?? []) {
      counts.votes++;
      score += others(memberId) * ENGAGEMENT_WEIGHTS.vote;
      await engagement.createOrKeepVote({
        ...base,
        pk: pkOf(tenantId, p.id),
        id: `vote|${memberId}`,
        kind: 'vote',
        postId: p.id,
        memberId,
        at: at(Math.max(0, p.hoursAgo - 1)),
      });
    }
    let acceptedAnswerId: string | undefined;
    for (const c of p.comments ?? []) {
      counts.comments++;
      score += others(c.author) * ENGAGEMENT_WEIGHTS.comment;
      if (c.accepted) {
        acceptedAnswerId = c.id;
        score += ENGAGEMENT_WEIGHTS.acceptedAnswer;
      }
      const comment: Comment = {
        ...base,
        pk: pkOf(tenantId, p.id),
        id: c.id,
        kind: 'comment',
        postId: p.id,
        circleId: p.circleId,
        authorId: c.author,
        anonymous: false,
        ...(c.parentId ? { parentId: c.parentId } : {}),
        body: c.body,
        mentions: mentionedIds(c.body),
        status: 'published',
        createdAt: at(c.hoursAgo),
        ...(c.accepted ? { accepted: true } : {}),
      };
      await posts.upsertComment(comment);
    }
    const status = p.status ?? 'published';
    const post: Post = {
      ...base,
      id: p.id,
      kind: 'post',
      type: p.type,
      circleId: p.circleId,
      circleVisibility: circle.visibility,
      authorId: p.author,
      anonymous: p.anonymous ?? false,
      title: p.title,
      body: p.body,
      ...(p.url ? { url: p.url } : {}),
      language: p.language,
      tags: p.tags,
      mentions: mentionedIds(p.body),
      status,
      ...(status === 'draft' ? { ready: p.ready ?? false } : {}),
      ...(status === 'scheduled' ? { scheduledFor: at(p.hoursAgo) } : {}),
      ...(p.heldReason ? { heldReason: p.heldReason } : {}),
      publishedAt: at(p.hoursAgo),
      createdAt: at(Math.max(p.hoursAgo, 0) + 1),
      updatedAt: at(Math.max(p.hoursAgo, 0)),
      counts,
      engagement: score,
      ...(acceptedAnswerId ? { acceptedAnswerId } : {}),
      ...(p.type === 'idea' ? { ideaStatus: p.ideaStatus ?? ('new' as const) } : {}),
      searchText: postSearchText(p),
    };
    await posts.upsert(post);
  }

  await markers.upsert({
    ...base,
    id: 'seed-demo',
    kind: 'seed',
    version: SEED_VERSION,
    seededAt: now.toISOString(),
  });
  return { seeded: true };
}

/** One thing a demo member did, and when (the demo's points are earned by replaying these). */
export interface DemoActivity {
  at: Date;
  event: ActivityEvent;
}

/**
 * What the seeded members did, oldest first: their published posts and comments, the reactions they
 * received from others, accepted answers and pods joined. Replayed through gamification, it gives
 * the demo real points, badges, streaks and leaderboards.
 */
export function demoActivity(tenantId: string, now: Date): DemoActivity[] {
  const at = (hoursAgo: number) => new Date(now.getTime() - Math.max(0, hoursAgo) * 3_600_000);
  const activity: DemoActivity[] = [];
  for (const c of CIRCLES.filter((circle) => circle.type === 'pod')) {
    for (const memberId of c.members) {
      activity.push({
        at: at(24 * 29),
        event: { type: 'circle.joined', tenantId, memberId, circleId: c.id, circleType: c.type },
      });
    }
  }
  for (const p of POSTS) {
    if ((p.status ?? 'published') !== 'published') continue;
    activity.push({
      at: at(p.hoursAgo),
      event: { type: 'post.published', tenantId, memberId: p.author, postId: p.id, circleId: p.circleId },
    });
    for (const [memberId] of p.reactions ?? []) {
      if (memberId === p.author) continue;
      activity.push({
        at: at(p.hoursAgo - 1),
        event: {
          type: 'reaction.received',
          tenantId,
          memberId: p.author,
          actorId: memberId,
          postId: p.id,
          circleId: p.circleId,
        },
      });
    }
    for (const c of p.comments ?? []) {
      activity.push({
        at: at(c.hoursAgo),
        event: {
          type: 'comment.created',
          tenantId,
          memberId: c.author,
          commentId: c.id,
          postId: p.id,
          circleId: p.circleId,
        },
      });
      if (c.accepted && c.author !== p.author) {
        activity.push({
          at: at(c.hoursAgo - 1),
          event: {
            type: 'answer.accepted',
            tenantId,
            memberId: c.author,
            actorId: p.author,
            postId: p.id,
            commentId: c.id,
            circleId: p.circleId,
          },
        });
      }
    }
  }
  return activity.sort((a, b) => a.at.getTime() - b.at.getTime());
}
