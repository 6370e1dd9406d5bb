import { Containers } from '../shared/containers';
import {
  pkOf,
  type DocumentContainer,
  type DocumentStore,
  type PatchOp,
  type Stored,
} from '../shared/document-store';
import type { Poll, PollVote } from './poll';

/**
 * Polls and votes.
 * - `polls`: pk = tenantId, id = pollId. Reads: point read by id (every card action); open polls by
 *   closing time (the closing job: `status`, `closesAt`); closed polls whose message still needs its
 *   final card (sparse on `cardPending`); the newest first for the tab (`createdAt` DESC).
 * - `poll_votes`: pk = tenantId|pollId, id = pollId|memberId. Reads: a member's vote (point read);
 *   a poll's votes in voting order (`at`), one partition, for names, refresh users and recounts.
 */
export class PollRepository {
  private readonly polls: DocumentContainer<Poll>;
  private readonly votes: DocumentContainer<PollVote>;

  constructor(store: DocumentStore) {
    this.polls = store.container<Poll>(Containers.polls);
    this.votes = store.container<PollVote>(Containers.pollVotes);
  }

  get(tenantId: string, pollId: string): Promise<Stored<Poll> | undefined> {
    return this.polls.read({ tenantId, pk: tenantId, id: pollId });
  }

  create(poll: Poll): Promise<Stored<Poll>> {
    return this.polls.create(poll);
  }

  replace(poll: Stored<Poll>): Promise<Stored<Poll>> {
    return this.polls.replace(poll, { ifMatch: poll.etag });
  }

  /** Atomic changes (count increments); undefined when the poll is gone. */
  patch(tenantId: string, pollId: string, ops: readonly PatchOp[]): Promise<Stored<Poll> | undefined> {
    return this.polls.patch({ tenantId, pk: tenantId, id: pollId }, ops);
  }

  /** Open polls whose closing time has come, earliest first. */
  async due(tenantId: string, now: string, limit: number): Promise<Stored<Poll>[]> {
    const page = await this.polls.query({
      tenantId,
      pk: tenantId,
      where: [
        { path: 'status', op: 'eq', value: 'open' },
        { path: 'closesAt', op: 'lte', value: now },
      ],
      orderBy: [
        { path: 'status', direction: 'asc' },
        { path: 'closesAt', direction: 'asc' },
      ],
      limit,
    });
    return page.items;
  }

  /** Polls whose message in Teams still shows them open (closed or deleted since). */
  async cardPending(tenantId: string, limit: number): Promise<Stored<Poll>[]> {
    const page = await this.polls.query({
      tenantId,
      pk: tenantId,
      where: [{ path: 'cardPending', op: 'exists' }],
      orderBy: [{ path: 'closesAt', direction: 'asc' }],
      limit,
    });
    return page.items;
  }

  /** The newest polls (deleted ones left out). */
  async recent(tenantId: string, limit: number): Promise<Stored<Poll>[]> {
    const page = await this.polls.query({
      tenantId,
      pk: tenantId,
      where: [{ path: 'status', op: 'ne', value: 'deleted' }],
      orderBy: [{ path: 'createdAt', direction: 'desc' }],
      limit,
    });
    return page.items;
  }

  vote(tenantId: string, pollId: string, memberId: string): Promise<Stored<PollVote> | undefined> {
    return this.votes.read({ tenantId, pk: pkOf(tenantId, pollId), id: voteIdOf(pollId, memberId) });
  }

  createVote(vote: PollVote): Promise<Stored<PollVote>> {
    return this.votes.create(vote);
  }

  replaceVote(vote: Stored<PollVote>): Promise<Stored<PollVote>> {
    return this.votes.replace(vote, { ifMatch: vote.etag });
  }

  /** The first votes in voting order (names on named polls, refresh users). */
  async firstVotes(tenantId: string, pollId: string, limit: number): Promise<Stored<PollVote>[]> {
    const page = await this.votes.query({
      tenantId,
      pk: pkOf(tenantId, pollId),
      orderBy: [{ path: 'at', direction: 'asc' }],
      limit,
    });
    return page.items;
  }

  /** Every vote of a poll, page by page (recounts). */
  async *allVotes(tenantId: string, pollId: string): AsyncGenerator<Stored<PollVote>> {
    let continuation: string | undefined;
    do {
      const page = await this.votes.query({
        tenantId,
        pk: pkOf(tenantId, pollId),
        orderBy: [{ path: 'at', direction: 'asc' }],
        limit: 1000,
        ...(continuation ? { continuation } : {}),
      });
      yield* page.items;
      continuation = page.continuation;
    } while (continuation);
  }
}

/** One vote per member and poll. */
export function voteIdOf(pollId: string, memberId: string): string {
  return `${pollId}|${memberId}`;
}
