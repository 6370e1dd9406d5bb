import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import type { PollDto } from '../../../../contracts/polls';
import type { PollView } from '../../domain/polls/poll-service';
import { registerRoute, type RouteOptions } from '../api-route';
import { requestLanguage } from '../error-renderer';
import type { Services } from '../services';

/** Polls: /api/v1/conversations, /api/v1/polls, /api/v1/polls/{pollId}(/close). */
export function registerPollRoutes(server: Server, options: RouteOptions, services: Services): void {
  const { polls } = services;

  registerRoute(server, api.getConversations, options, async ({ actor }) => ({
    items: await polls.conversations({ actor }),
  }));

  registerRoute(server, api.getPolls, options, async ({ actor }) => ({
    items: (await polls.list({ actor })).map(presentPoll),
  }));

  registerRoute(server, api.createPoll, options, async ({ actor, body, req }) => {
    const { conversationId, ...poll } = body;
    return presentPoll(
      await polls.postFromTab({ actor, poll, conversationId, language: requestLanguage(req.headers) }),
    );
  });

  registerRoute(server, api.getPoll, options, async ({ actor, params }) =>
    presentPoll(await polls.get({ actor, pollId: params.pollId })),
  );

  registerRoute(server, api.closePoll, options, async ({ actor, params }) => {
    const view = await polls.close({ actor, pollId: params.pollId });
    // The message in Teams shows the final results now if it can; the closing job retries otherwise.
    await polls.pushCard(actor.tenantId, params.pollId).catch(() => 'failed');
    return presentPoll(view);
  });

  registerRoute(server, api.deletePoll, options, async ({ actor, params }) => {
    await polls.remove({ actor, pollId: params.pollId });
    await polls.pushCard(actor.tenantId, params.pollId).catch(() => 'failed');
    return undefined;
  });
}

/** A poll as the API shows it: counts and names only when the reader may see them. */
export function presentPoll(view: PollView): PollDto {
  const { poll, tally } = view;
  const total = view.voters;
  return {
    id: poll.id,
    question: poll.question,
    options: poll.options.map((o) => {
      const count = tally ? (tally.counts[o.id] ?? 0) : undefined;
      return {
        id: o.id,
        label: o.label,
        ...(count !== undefined ? { count, percent: total > 0 ? Math.round((count / total) * 100) : 0 } : {}),
        ...(view.names?.[o.id] ? { voters: view.names[o.id]! } : {}),
      };
    }),
    choice: poll.choice,
    anonymous: poll.anonymous,
    results: poll.results,
    resultsVisible: tally !== undefined,
    status: poll.status === 'open' ? 'open' : 'closed',
    closesAt: poll.closesAt,
    ...(poll.closedAt ? { closedAt: poll.closedAt } : {}),
    createdAt: poll.createdAt,
    createdBy: { id: poll.createdBy, ...(poll.createdByName ? { name: poll.createdByName } : {}) },
    conversationId: poll.conversationId,
    conversationType: poll.conversationType,
    posted: poll.activityId !== undefined,
    voters: total,
    ...(view.myVote ? { myVote: view.myVote } : {}),
    canManage: view.canManage,
  };
}
