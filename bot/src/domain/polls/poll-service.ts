import type { ConversationRepository } from '../conversations/conversation-repository';
import type { ConversationType } from '../conversations/conversation';
import { hasRole, type Member } from '../members/member';
import type { MemberRepository } from '../members/member-repository';
import type { Outbox } from '../outbox/outbox';
import type { ActivityRecorder } from '../shared/activity';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { ConcurrencyError, ConflictError, pkOf, type PatchOp, type Stored } from '../shared/document-store';
import { newId } from '../shared/ids';
import type { Language } from '../shared/locale';
import {
  emptyCounts,
  MAX_REFRESH_USERS,
  optionIdsOf,
  POLL_LIMITS,
  type Poll,
  type PollChoice,
  type PollResultsVisibility,
  type PollTally,
} from './poll';
import { voteIdOf, type PollRepository } from './poll-repository';

/** What a person asks for when creating a poll (validated here, whatever the surface). */
export interface PollInput {
  question: string;
  options: readonly string[];
  choice: PollChoice;
  anonymous: boolean;
  results: PollResultsVisibility;
  /** ISO time; or `durationMs` from now; neither: open for a day. */
  closesAt?: string | undefined;
  durationMs?: number | undefined;
}

/** A poll as one person sees it. */
export interface PollView {
  poll: Stored<Poll>;
  /** Counts, when the viewer may see them (live results, or closed). */
  tally: PollTally | undefined;
  /** How many members voted (always shown: it tells people the poll is alive). */
  voters: number;
  /** Voter names by option, on named polls whose results are visible (the first few hundred votes). */
  names: Record<string, string[]> | undefined;
  /** Teams user ids for whom the card refreshes automatically (at most 60). */
  refreshUserIds: string[];
  /** The viewer's own vote, if any. */
  myVote: string[] | undefined;
  /** The viewer may close or delete it (its creator or an animator). */
  canManage: boolean;
}

/** Builds the message the poll's conversation shows (an Adaptive Card): implemented in teams/. */
export interface PollCardRenderer {
  /** The activity everyone in the conversation sees (no viewer-specific parts). */
  sharedMessage(view: PollView): Record<string, unknown>;
}

/** Updates a message the bot already sent (implemented in teams/ over the Bot Connector). */
export interface PollMessages {
  /** `gone`: the conversation or the message no longer exists (nothing left to update). */
  update(input: {
    tenantId: string;
    conversationId: string;
    activityId: string;
    activity: Record<string, unknown>;
  }): Promise<'updated' | 'gone'>;
}

/** Where the poll goes when created in a conversation. */
export interface PollPlace {
  conversationId: string;
  conversationType: ConversationType;
}

/** A channel or group chat a poll can be posted to. */
export interface PollConversation {
  conversationId: string;
  type: 'channel' | 'groupChat';
  /** The name Teams gave, when it sent one (named group chats, some channel events). */
  name?: string;
  teamId?: string;
  installedAt: string;
}

/** What happened to a vote. */
export type VoteOutcome = 'voted' | 'changed' | 'unchanged';

/** The outbox campaign that posts a poll from the tab. */
export function pollCampaignId(pollId: string): string {
  return `poll|${pollId}`;
}

const NAMES_READ = 300;
const CARD_ATTEMPTS = 5;
/** Ticks to wait for the outbox to send a poll posted from the tab before its final card can replace it. */
const WAIT_ATTEMPTS = 60;

const errors = {
  notFound: () =>
    new AppError('POLL.NOT_FOUND', 404, {
      en: 'This poll does not exist (any more).',
      fr: 'Ce sondage n’existe pas (ou plus).',
    }),
  deleted: () =>
    new AppError('POLL.DELETED', 410, { en: 'This poll was deleted.', fr: 'Ce sondage a été supprimé.' }),
  closed: () =>
    new AppError('POLL.CLOSED', 409, {
      en: 'This poll is closed: votes are no longer counted.',
      fr: 'Ce sondage est clos : les votes ne sont plus comptés.',
    }),
  badOption: () =>
    new AppError('POLL.UNKNOWN_OPTION', 400, {
      en: 'That answer is not one of this poll’s options.',
      fr: 'Cette réponse ne fait pas partie des options du sondage.',
    }),
  oneOnly: () =>
    new AppError('POLL.ONE_ANSWER', 400, {
      en: 'This poll takes one answer: pick a single option.',
      fr: 'Ce sondage n’accepte qu’une réponse : choisissez une seule option.',
    }),
  noAnswer: () =>
    new AppError('POLL.NO_ANSWER', 400, {
      en: 'Pick an option before voting.',
      fr: 'Choisissez une option avant de voter.',
    }),
  forbidden: () =>
    new AppError('POLL.FORBIDDEN', 403, {
      en: 'Only the poll’s creator or a community animator can do this.',
      fr: 'Seuls l’auteur du sondage ou un animateur de la communauté peuvent faire cela.',
    }),
  animatorsOnly: () =>
    new AppError('POLL.ANIMATORS_ONLY', 403, {
      en: 'Posting polls from the tab is for community animators and administrators.',
      fr: 'Publier des sondages depuis l’onglet est réservé aux animateurs et administrateurs.',
    }),
  conversation: () =>
    new AppError('POLL.UNKNOWN_CONVERSATION', 400, {
      en: 'Guildhall is not installed in that conversation: pick a channel or group chat from the list.',
      fr: 'Guildhall n’est pas installé dans cette conversation : choisissez un canal ou une conversation de groupe de la liste.',
    }),
  busy: () =>
    new AppError('POLL.BUSY', 409, {
      en: 'Many votes are arriving at once: try again in a moment.',
      fr: 'Beaucoup de votes arrivent en même temps : réessayez dans un instant.',
    }),
  invalid: (en: string, fr: string, details: Record<string, unknown> = {}) =>
    new AppError('POLL.INVALID', 400, { en, fr }, { details }),
};

/**
 * Polls in channels and group chats (DESIGN.md keys 4 and 5): one vote per member and poll that
 * they can change until it closes, counts that stay exact under concurrent clicks, and the final
 * results pushed to the message in Teams when the poll closes.
 *
 * Exactness: a vote is one document per (poll, member); creating it or replacing it is conditional
 * (create fails on an existing id, replace on a stale etag), so of many parallel clicks exactly one
 * writes each version, and only that writer applies the difference between the old and the new
 * answer to the counts, with atomic increments. The closing recount reads the votes themselves.
 */
export class PollService {
  constructor(
    private readonly deps: {
      polls: PollRepository;
      members: MemberRepository;
      conversations: ConversationRepository;
      outbox: Outbox;
      renderer: PollCardRenderer;
      messages: PollMessages;
      activity: ActivityRecorder;
      clock: Clock;
    },
  ) {}

  /** Checks and normalises what a person wrote; throws POLL.INVALID saying what to fix. */
  validate(input: PollInput): Omit<PollInput, 'durationMs' | 'closesAt'> & { closesAt: string } {
    const now = this.deps.clock.now().getTime();
    const question = input.question.replace(/\s+/g, ' ').trim();
    if (question.length === 0) {
      throw errors.invalid('Write the question of the poll.', 'Écrivez la question du sondage.');
    }
    if (question.length > POLL_LIMITS.questionLength) {
      throw errors.invalid(
        `The question is too long (${POLL_LIMITS.questionLength} characters at most).`,
        `La question est trop longue (${POLL_LIMITS.questionLength} caractères au plus).`,
      );
    }
    const options = input.options.map((o) => o.replace(/\s+/g, ' ').trim()).filter((o) => o.length > 0);
    if (options.length < POLL_LIMITS.minOptions || options.length > POLL_LIMITS.maxOptions) {
      throw errors.invalid(
        `A poll has 2 to 6 options (you gave ${options.length}).`,
        `Un sondage a de 2 à 6 options (vous en avez donné ${options.length}).`,
        { options: options.length },
      );
    }
    const long = options.find((o) => o.length > POLL_LIMITS.optionLength);
    if (long) {
      throw errors.invalid(
        `The option "${long.slice(0, 30)}…" is too long (${POLL_LIMITS.optionLength} characters at most).`,
        `L’option « ${long.slice(0, 30)}… » est trop longue (${POLL_LIMITS.optionLength} caractères au plus).`,
      );
    }
    const seen = new Set<string>();
    for (const option of options) {
      const key = option.toLowerCase();
      if (seen.has(key)) {
        throw errors.invalid(
          `The option "${option}" appears twice.`,
          `L’option « ${option} » apparaît deux fois.`,
        );
      }
      seen.add(key);
    }
    const closesAtMs =
      input.closesAt !== undefined
        ? Date.parse(input.closesAt)
        : now + (input.durationMs ?? POLL_LIMITS.defaultDurationMs);
    if (!Number.isFinite(closesAtMs)) {
      throw errors.invalid(
        'The closing time is not a valid date.',
        'L’heure de clôture n’est pas une date valide.',
      );
    }
    if (closesAtMs < now + POLL_LIMITS.minDurationMs || closesAtMs > now + POLL_LIMITS.maxDurationMs) {
      throw errors.invalid(
        'A poll closes between 5 minutes and 30 days from now.',
        'Un sondage se clôt entre 5 minutes et 30 jours à partir de maintenant.',
      );
    }
    return {
      question,
      options,
      choice: input.choice,
      anonymous: input.anonymous,
      results: input.results,
      closesAt: new Date(closesAtMs).toISOString(),
    };
  }

  /** Creates a poll in a conversation (the `poll` command or the form card there: any member). */
  async create(input: {
    actor: Actor;
    poll: PollInput;
    place: PollPlace;
    origin: Poll['origin'];
    language: Language;
    creatorMri?: string | undefined;
    activityId?: string | undefined;
  }): Promise<PollView> {
    const valid = this.validate(input.poll);
    const member = await this.member(input.actor);
    const now = this.deps.clock.now().toISOString();
    const options = optionIdsOf(valid.options.length).map((id, i) => ({ id, label: valid.options[i]! }));
    const { tenantId } = input.actor;
    const poll = await this.deps.polls.create({
      id: newId(),
      pk: tenantId,
      tenantId,
      kind: 'poll',
      question: valid.question,
      options,
      choice: valid.choice,
      anonymous: valid.anonymous,
      results: valid.results,
      language: input.language,
      closesAt: valid.closesAt,
      status: 'open',
      createdBy: member.id,
      createdByName: member.displayName,
      ...(input.creatorMri ? { createdByMri: input.creatorMri } : {}),
      createdAt: now,
      updatedAt: now,
      conversationId: input.place.conversationId,
      conversationType: input.place.conversationType,
      origin: input.origin,
      ...(input.activityId ? { activityId: input.activityId } : {}),
      counts: emptyCounts(options),
      voters: 0,
    });
    return this.viewOf(poll, member);
  }

  /**
   * Posts a poll from the tab (animators): to a channel or group chat where the bot is installed,
   * through the outbox (one delivery, exempt from personal budgets).
   */
  async postFromTab(input: {
    actor: Actor;
    poll: PollInput;
    conversationId: string;
    language: Language;
  }): Promise<PollView> {
    const member = await this.member(input.actor);
    if (!hasRole(member, 'animator')) throw errors.animatorsOnly();
    const conversation = await this.deps.conversations.get(input.actor.tenantId, input.conversationId);
    if (!conversation || conversation.removedAt || conversation.type === 'personal')
      throw errors.conversation();
    const view = await this.create({
      actor: input.actor,
      poll: input.poll,
      place: { conversationId: conversation.conversationId, conversationType: conversation.type },
      origin: 'tab',
      // The card speaks the animator's chosen language, else the tab's.
      language: member.language ?? input.language,
    });
    await this.deps.outbox.enqueue(
      {
        tenantId: input.actor.tenantId,
        campaignId: pollCampaignId(view.poll.id),
        kind: 'poll',
        title: { en: `Poll: ${view.poll.question}`, fr: `Sondage : ${view.poll.question}` },
        createdBy: member.id,
        budget: 'exempt',
        overBudget: 'drop',
      },
      [
        {
          recipient: { conversationId: conversation.conversationId },
          activity: this.deps.renderer.sharedMessage(view),
        },
      ],
    );
    return view;
  }

  /** Channels and group chats where the bot is installed: where the tab can post a poll (animators). */
  async conversations(input: { actor: Actor }): Promise<PollConversation[]> {
    const member = await this.member(input.actor);
    if (!hasRole(member, 'animator')) throw errors.animatorsOnly();
    const records = await this.deps.conversations.shared(input.actor.tenantId);
    return records
      .map((record) => {
        const conversation = (record.reference as { conversation?: { name?: unknown } }).conversation;
        const name =
          typeof conversation?.name === 'string' && conversation.name.trim()
            ? conversation.name.trim()
            : undefined;
        return {
          conversationId: record.conversationId,
          type: record.type as 'channel' | 'groupChat',
          ...(name ? { name } : {}),
          ...(record.teamId ? { teamId: record.teamId } : {}),
          installedAt: record.installedAt,
        };
      })
      .sort(
        (a, b) => (a.name ?? '~').localeCompare(b.name ?? '~') || a.installedAt.localeCompare(b.installedAt),
      );
  }

  /** Remembers the message that shows the poll (known once Teams accepted it). */
  async setActivityId(tenantId: string, pollId: string, activityId: string): Promise<void> {
    await this.deps.polls.patch(tenantId, pollId, [{ op: 'set', path: 'activityId', value: activityId }]);
  }

  /**
   * A member votes or changes their vote. Parallel clicks by one member count once; parallel votes
   * by many members are all counted.
   */
  async vote(input: {
    actor: Actor;
    pollId: string;
    optionIds: readonly string[];
    mri?: string | undefined;
  }): Promise<{ view: PollView; outcome: VoteOutcome }> {
    const { actor, pollId } = input;
    const member = await this.member(actor);
    const wanted = [...new Set(input.optionIds)];
    for (let attempt = 0; attempt < 60; attempt++) {
      const poll = await this.deps.polls.get(actor.tenantId, pollId);
      if (!poll) throw errors.notFound();
      if (poll.status === 'deleted') throw errors.deleted();
      if (poll.status === 'closed' || Date.parse(poll.closesAt) <= this.deps.clock.now().getTime()) {
        throw errors.closed();
      }
      if (wanted.length === 0) throw errors.noAnswer();
      if (wanted.some((id) => !poll.options.some((o) => o.id === id))) throw errors.badOption();
      if (poll.choice === 'single' && wanted.length > 1) throw errors.oneOnly();
      const optionIds = poll.options.map((o) => o.id).filter((id) => wanted.includes(id));

      const now = this.deps.clock.now().toISOString();
      const existing = await this.deps.polls.vote(actor.tenantId, pollId, member.id);
      let before: string[] = [];
      let outcome: VoteOutcome;
      try {
        if (!existing) {
          await this.deps.polls.createVote({
            id: voteIdOf(pollId, member.id),
            pk: pkOf(actor.tenantId, pollId),
            tenantId: actor.tenantId,
            kind: 'vote',
            pollId,
            memberId: member.id,
            memberName: member.displayName,
            ...(input.mri ? { mri: input.mri } : {}),
            optionIds,
            at: now,
            updatedAt: now,
          });
          outcome = 'voted';
        } else {
          if (sameSet(existing.optionIds, optionIds)) {
            return { view: await this.viewOf(poll, member), outcome: 'unchanged' };
          }
          before = existing.optionIds;
          await this.deps.polls.replaceVote({
            ...existing,
            optionIds,
            memberName: member.displayName,
            ...(input.mri ? { mri: input.mri } : {}),
            updatedAt: now,
          });
          outcome = 'changed';
        }
      } catch (error) {
        // Another click of the same member wrote first: read again and decide from its result.
        if (error instanceof ConflictError || error instanceof ConcurrencyError) {
          await pause(attempt);
          continue;
        }
        throw error;
      }
      // Only the writer of this version of the vote applies its difference (atomic increments).
      const ops: PatchOp[] = [];
      for (const option of poll.options) {
        const delta = (optionIds.includes(option.id) ? 1 : 0) - (before.includes(option.id) ? 1 : 0);
        if (delta !== 0) ops.push({ op: 'incr', path: `counts.${option.id}`, value: delta });
      }
      if (outcome === 'voted') ops.push({ op: 'incr', path: 'voters', value: 1 });
      const updated = (await this.deps.polls.patch(actor.tenantId, pollId, ops)) ?? poll;
      if (outcome === 'voted') {
        await this.deps.activity.record({
          type: 'poll.voted',
          tenantId: actor.tenantId,
          memberId: member.id,
          pollId,
        });
      }
      return { view: await this.viewOf(updated, member), outcome };
    }
    throw errors.busy();
  }

  /** The poll as `actor` sees it. */
  async get(input: { actor: Actor; pollId: string }): Promise<PollView> {
    const member = await this.member(input.actor);
    const poll = await this.deps.polls.get(input.actor.tenantId, input.pollId);
    if (!poll) throw errors.notFound();
    if (poll.status === 'deleted') throw errors.deleted();
    return this.viewOf(await this.withActivity(poll), member);
  }

  /** The newest polls with their results, for animators in the tab. */
  async list(input: { actor: Actor; limit?: number }): Promise<PollView[]> {
    const member = await this.member(input.actor);
    if (!hasRole(member, 'animator')) throw errors.animatorsOnly();
    const polls = await this.deps.polls.recent(input.actor.tenantId, input.limit ?? 50);
    return Promise.all(polls.map(async (poll) => this.viewOf(await this.withActivity(poll), member)));
  }

  /** Closes a poll now (its creator or an animator); closing a closed poll changes nothing. */
  async close(input: { actor: Actor; pollId: string }): Promise<PollView> {
    const member = await this.member(input.actor);
    const poll = await this.deps.polls.get(input.actor.tenantId, input.pollId);
    if (!poll) throw errors.notFound();
    if (poll.status === 'deleted') throw errors.deleted();
    if (!canManage(poll, member)) throw errors.forbidden();
    const closed = await this.closeOne(poll, member.id);
    return this.viewOf(closed, member);
  }

  /** Deletes a poll (its creator or an animator): its message in Teams says so. */
  async remove(input: { actor: Actor; pollId: string }): Promise<void> {
    const member = await this.member(input.actor);
    for (let attempt = 0; attempt < 20; attempt++) {
      const poll = await this.deps.polls.get(input.actor.tenantId, input.pollId);
      if (!poll || poll.status === 'deleted') throw errors.notFound();
      if (!canManage(poll, member)) throw errors.forbidden();
      const now = this.deps.clock.now().toISOString();
      try {
        await this.deps.polls.replace({
          ...poll,
          status: 'deleted',
          deletedAt: now,
          updatedAt: now,
          cardPending: true,
          cardAttempts: 0,
        });
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        await pause(attempt);
      }
    }
    throw errors.busy();
  }

  /** Closes every open poll of a tenant whose time has come; returns them. */
  async closeDue(tenantId: string): Promise<Stored<Poll>[]> {
    const closed: Stored<Poll>[] = [];
    for (;;) {
      const due = await this.deps.polls.due(tenantId, this.deps.clock.now().toISOString(), 50);
      for (const poll of due) closed.push(await this.closeOne(poll, 'system'));
      if (due.length < 50) return closed;
    }
  }

  /**
   * Brings the message in Teams up to date with a closed or deleted poll, once: the update is
   * claimed by a conditional write first, so two jobs (or a job and a click) never both send it.
   * A failed update is given back for a later try, a few times.
   */
  async pushCard(
    tenantId: string,
    pollId: string,
  ): Promise<'updated' | 'gone' | 'skipped' | 'waiting' | 'failed'> {
    let claimed: Stored<Poll> | undefined;
    for (let attempt = 0; attempt < 20 && !claimed; attempt++) {
      const poll = await this.deps.polls.get(tenantId, pollId);
      if (!poll?.cardPending) return 'skipped';
      const { cardPending: _pending, ...rest } = poll;
      try {
        claimed = await this.deps.polls.replace({ ...rest, cardAttempts: (poll.cardAttempts ?? 0) + 1 });
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        await pause(attempt);
      }
    }
    if (!claimed) return 'skipped';
    const activityId = claimed.activityId ?? (await this.sentActivityId(claimed));
    if (!activityId) {
      // Posted from the tab and not sent yet (the outbox is still trying): look again later.
      if ((claimed.cardAttempts ?? 0) < WAIT_ATTEMPTS) await this.giveBack(claimed);
      return 'waiting';
    }
    try {
      const outcome = await this.deps.messages.update({
        tenantId,
        conversationId: claimed.conversationId,
        activityId,
        activity: this.deps.renderer.sharedMessage(await this.viewOf(claimed, undefined)),
      });
      return outcome;
    } catch (error) {
      if ((claimed.cardAttempts ?? 0) < CARD_ATTEMPTS) await this.giveBack(claimed);
      throw error;
    }
  }

  /** Shows the poll's current shared card in its message (a form that became a poll). */
  async showInConversation(tenantId: string, pollId: string): Promise<void> {
    const poll = await this.deps.polls.get(tenantId, pollId);
    if (!poll?.activityId) return;
    await this.deps.messages.update({
      tenantId,
      conversationId: poll.conversationId,
      activityId: poll.activityId,
      activity: this.deps.renderer.sharedMessage(await this.viewOf(poll, undefined)),
    });
  }

  /** Polls of a tenant whose message still needs its final card. */
  async pendingCards(tenantId: string): Promise<Stored<Poll>[]> {
    return this.deps.polls.cardPending(tenantId, 50);
  }

  /** The poll as a viewer sees it (undefined: the shared card everyone sees). */
  async viewOf(poll: Stored<Poll>, viewer: Pick<Member, 'id' | 'roles'> | undefined): Promise<PollView> {
    const closed = poll.status !== 'open';
    const visible = closed || poll.results === 'live';
    const tally: PollTally = closed && poll.final ? poll.final : { counts: poll.counts, voters: poll.voters };
    const needVotes = poll.status !== 'deleted';
    const votes = needVotes ? await this.deps.polls.firstVotes(poll.tenantId, poll.id, NAMES_READ) : [];
    let names: Record<string, string[]> | undefined;
    if (visible && !poll.anonymous) {
      names = Object.fromEntries(poll.options.map((o) => [o.id, [] as string[]]));
      for (const vote of votes) {
        for (const id of vote.optionIds) names[id]?.push(vote.memberName ?? '');
      }
    }
    const refresh = new Set<string>();
    if (poll.createdByMri) refresh.add(poll.createdByMri);
    for (const vote of votes) {
      if (refresh.size >= MAX_REFRESH_USERS) break;
      if (vote.mri) refresh.add(vote.mri);
    }
    const mine = viewer ? votes.find((v) => v.memberId === viewer.id) : undefined;
    const myVote =
      mine?.optionIds ??
      (viewer && votes.length >= NAMES_READ
        ? (await this.deps.polls.vote(poll.tenantId, poll.id, viewer.id))?.optionIds
        : undefined);
    return {
      poll,
      tally: visible ? tally : undefined,
      voters: tally.voters,
      names,
      refreshUserIds: [...refresh],
      myVote,
      canManage: viewer ? canManage(poll, viewer) : false,
    };
  }

  /** Closes one poll with its recounted final results (idempotent). */
  private async closeOne(poll: Stored<Poll>, by: string): Promise<Stored<Poll>> {
    let current: Stored<Poll> | undefined = poll;
    for (let attempt = 0; attempt < 30; attempt++) {
      if (!current) throw errors.notFound();
      if (current.status !== 'open') return current;
      const final = await this.recount(current);
      const now = this.deps.clock.now().toISOString();
      try {
        return await this.deps.polls.replace({
          ...current,
          status: 'closed',
          closedAt: now,
          closedBy: by,
          updatedAt: now,
          final,
          counts: final.counts,
          voters: final.voters,
          cardPending: true,
          cardAttempts: 0,
        });
      } catch (error) {
        // A vote landed meanwhile (its increment changed the etag): recount with it.
        if (!(error instanceof ConcurrencyError)) throw error;
        await pause(attempt);
        current = await this.deps.polls.get(poll.tenantId, poll.id);
      }
    }
    throw errors.busy();
  }

  /** Counts straight from the votes. */
  private async recount(poll: Poll): Promise<PollTally> {
    const counts = emptyCounts(poll.options);
    let voters = 0;
    for await (const vote of this.deps.polls.allVotes(poll.tenantId, poll.id)) {
      voters++;
      for (const id of vote.optionIds) if (id in counts) counts[id]! += 1;
    }
    return { counts, voters };
  }

  private async sentActivityId(poll: Poll): Promise<string | undefined> {
    if (poll.origin !== 'tab') return undefined;
    const delivery = await this.deps.outbox.delivery(poll.tenantId, pollCampaignId(poll.id), {
      conversationId: poll.conversationId,
    });
    if (!delivery?.activityId) return undefined;
    await this.setActivityId(poll.tenantId, poll.id, delivery.activityId);
    return delivery.activityId;
  }

  /** A poll posted from the tab learns its message id once the outbox sent it. */
  private async withActivity(poll: Stored<Poll>): Promise<Stored<Poll>> {
    if (poll.activityId || poll.origin !== 'tab') return poll;
    const activityId = await this.sentActivityId(poll);
    return activityId ? { ...poll, activityId } : poll;
  }

  private async giveBack(poll: Stored<Poll>): Promise<void> {
    await this.deps.polls.patch(poll.tenantId, poll.id, [{ op: 'set', path: 'cardPending', value: true }]);
  }

  private async member(actor: Actor): Promise<Stored<Member>> {
    const member = await this.deps.members.get(actor.tenantId, actor.memberId);
    if (!member) throw new AppError('MEMBER.NOT_FOUND', 404, 'Member not found.');
    return member;
  }
}

function canManage(poll: Poll, member: Pick<Member, 'id' | 'roles'>): boolean {
  return poll.createdBy === member.id || hasRole(member, 'animator');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** A short random wait after losing a race, growing with the attempts (spreads parallel retries). */
function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2 + attempt * 2, 25)));
}
