import { z } from 'zod';
import type { RouteContract } from './api';
import { Id } from './schemas';

/** Polls in channels and group chats (DESIGN.md keys 4 and 5), posted from the tab by animators. */

const AUTH = 'AUTH.UNAUTHENTICATED';

export const PollChoice = z.enum(['single', 'multiple']).meta({ id: 'PollChoice' });
export const PollResultsVisibility = z
  .enum(['live', 'afterClose'])
  .meta({ id: 'PollResultsVisibility', description: 'Counts shown as votes come in, or once closed.' });

/** A Teams conversation id (`19:…@thread.tacv2`, `a:…`): not an Id, it has colons and more. */
const ConversationId = z.string().min(1).max(500);

export const PollInput = z
  .object({
    question: z.string().trim().min(1).max(200),
    options: z.array(z.string().trim().min(1).max(80)).min(2).max(6),
    choice: PollChoice.default('single'),
    anonymous: z.boolean().default(false),
    results: PollResultsVisibility.default('live'),
    closesAt: z.iso
      .datetime({ offset: true })
      .meta({ description: 'Between 5 minutes and 30 days from now.' }),
    conversationId: ConversationId.meta({ description: 'A channel or group chat from GET /conversations.' }),
  })
  .meta({ id: 'PollInput' });

export const PollOptionResult = z
  .object({
    id: z.string(),
    label: z.string(),
    /** Absent while results are hidden (results after close, poll still open). */
    count: z.number().int().optional(),
    percent: z.number().int().optional(),
    /** Voter names, on named polls whose results are visible (the first few hundred votes). */
    voters: z.array(z.string()).optional(),
  })
  .meta({ id: 'PollOptionResult' });

export const Poll = z
  .object({
    id: z.string(),
    question: z.string(),
    options: z.array(PollOptionResult),
    choice: PollChoice,
    anonymous: z.boolean(),
    results: PollResultsVisibility,
    resultsVisible: z.boolean(),
    status: z.enum(['open', 'closed']),
    closesAt: z.string(),
    closedAt: z.string().optional(),
    createdAt: z.string(),
    createdBy: z.object({ id: z.string(), name: z.string().optional() }),
    conversationId: z.string(),
    conversationType: z.enum(['personal', 'groupChat', 'channel']),
    /** True once Teams accepted the message (posted from the tab: after the outbox sent it). */
    posted: z.boolean(),
    voters: z.number().int(),
    myVote: z.array(z.string()).optional(),
    canManage: z.boolean(),
  })
  .meta({ id: 'Poll' });

export const PollList = z.object({ items: z.array(Poll) }).meta({ id: 'PollList' });

export const PollParams = z.object({ pollId: Id });

export const Conversation = z
  .object({
    conversationId: z.string(),
    type: z.enum(['channel', 'groupChat']),
    name: z.string().optional(),
    teamId: z.string().optional(),
    installedAt: z.string(),
  })
  .meta({ id: 'Conversation', description: 'A channel or group chat where Guildhall is installed.' });

export const ConversationList = z.object({ items: z.array(Conversation) }).meta({ id: 'ConversationList' });

export type PollInputDto = z.input<typeof PollInput>;
export type PollDto = z.infer<typeof Poll>;
export type PollOptionResultDto = z.infer<typeof PollOptionResult>;
export type ConversationDto = z.infer<typeof Conversation>;

const POLL_ERRORS = [AUTH, 'POLL.NOT_FOUND', 'POLL.FORBIDDEN'] as const;

/** The poll operations (spread into `api`). */
export const pollApi = {
  getConversations: {
    method: 'get',
    path: '/api/v1/conversations',
    summary: 'Channels and group chats where Guildhall is installed (animators).',
    tag: 'polls',
    auth: true,
    response: ConversationList,
    errors: [AUTH, 'POLL.ANIMATORS_ONLY'],
  },
  getPolls: {
    method: 'get',
    path: '/api/v1/polls',
    summary: 'The newest polls with their results (animators).',
    tag: 'polls',
    auth: true,
    response: PollList,
    errors: [AUTH, 'POLL.ANIMATORS_ONLY'],
  },
  createPoll: {
    method: 'post',
    path: '/api/v1/polls',
    summary: 'Posts a poll to a channel or group chat through the outbox (animators).',
    tag: 'polls',
    auth: true,
    body: PollInput,
    response: Poll,
    status: 201,
    errors: [AUTH, 'POLL.ANIMATORS_ONLY', 'POLL.INVALID', 'POLL.UNKNOWN_CONVERSATION', 'REQUEST.INVALID'],
  },
  getPoll: {
    method: 'get',
    path: '/api/v1/polls/{pollId}',
    summary: 'One poll with its results as I may see them.',
    tag: 'polls',
    auth: true,
    params: PollParams,
    response: Poll,
    errors: [AUTH, 'POLL.NOT_FOUND', 'POLL.DELETED'],
  },
  closePoll: {
    method: 'post',
    path: '/api/v1/polls/{pollId}/close',
    summary: 'Closes a poll now; its card in Teams shows the final results (its creator or animators).',
    tag: 'polls',
    auth: true,
    params: PollParams,
    response: Poll,
    errors: [...POLL_ERRORS, 'POLL.DELETED'],
  },
  deletePoll: {
    method: 'delete',
    path: '/api/v1/polls/{pollId}',
    summary: 'Deletes a poll; its card in Teams says so (its creator or animators).',
    tag: 'polls',
    auth: true,
    params: PollParams,
    response: z.undefined().meta({ description: 'No content' }),
    status: 204,
    errors: POLL_ERRORS,
  },
} as const satisfies Record<string, RouteContract>;
