import type { Server } from 'restify';
import { api } from '../../../../contracts/api';
import { videoEmbedOf } from '../../domain/content/video';
import { registerRoute, type RouteOptions } from '../api-route';
import { present } from '../presenters';
import type { Services } from '../services';

/** /api/v1/feed, /search, /bookmarks, /link-preview, /posts and their comments */
export function registerContentRoutes(server: Server, options: RouteOptions, services: Services): void {
  const { posts, comments, feed } = services;

  registerRoute(server, api.getFeed, options, async ({ actor, query }) => {
    const page = await feed.home({ actor, continuation: query.continuation });
    return {
      items: page.items.map(present.feedItem),
      newCount: page.newCount,
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });

  registerRoute(server, api.search, options, async ({ actor, query }) => {
    const results = await feed.search({ actor, query: query.q, continuation: query.continuation });
    return {
      posts: results.posts.map(present.post),
      circles: results.circles.map((e) => present.circleSummary(e.circle, e.membership)),
      ...('continuation' in results && results.continuation ? { continuation: results.continuation } : {}),
    };
  });

  registerRoute(server, api.listBookmarks, options, async ({ actor, query }) => {
    const page = await posts.bookmarks({ actor, continuation: query.continuation });
    return {
      items: page.items.map(present.post),
      ...(page.continuation ? { continuation: page.continuation } : {}),
    };
  });

  registerRoute(server, api.linkPreview, options, async ({ body }) => {
    const video = videoEmbedOf(body.url);
    return {
      video: video ?? null,
      preview: video ? null : ((await services.linkPreviewer.preview(body.url)) ?? null),
    };
  });

  registerRoute(server, api.createPost, options, async ({ actor, body }) =>
    present.post(await posts.create({ actor, draft: body })),
  );
  registerRoute(server, api.getPost, options, async ({ actor, params }) =>
    present.post(await posts.get({ actor, postId: params.postId })),
  );
  registerRoute(server, api.updatePost, options, async ({ actor, params, body }) =>
    present.post(await posts.update({ actor, postId: params.postId, edit: body })),
  );
  registerRoute(server, api.deletePost, options, async ({ actor, params }) => {
    await posts.delete({ actor, postId: params.postId });
    return undefined;
  });
  registerRoute(server, api.publishPost, options, async ({ actor, params }) =>
    present.post(await posts.publishNow({ actor, postId: params.postId })),
  );
  registerRoute(server, api.setReaction, options, async ({ actor, params, body }) =>
    present.post(await posts.react({ actor, postId: params.postId, reaction: body.reaction })),
  );
  registerRoute(server, api.setVote, options, async ({ actor, params, body }) =>
    present.post(await posts.vote({ actor, postId: params.postId, up: body.up })),
  );
  registerRoute(server, api.setBookmark, options, async ({ actor, params, body }) =>
    present.post(await posts.bookmark({ actor, postId: params.postId, bookmarked: body.bookmarked })),
  );
  registerRoute(server, api.setIdeaStatus, options, async ({ actor, params, body }) =>
    present.post(await posts.setIdeaStatus({ actor, postId: params.postId, status: body.status })),
  );
  registerRoute(server, api.acceptAnswer, options, async ({ actor, params, body }) =>
    present.post(await posts.acceptAnswer({ actor, postId: params.postId, commentId: body.commentId })),
  );
  registerRoute(server, api.revealAuthor, options, async ({ actor, params, body }) => ({
    author: present.memberSummary(
      await posts.revealAuthor({ actor, postId: params.postId, reason: body.reason }),
    ),
  }));

  registerRoute(server, api.listComments, options, async ({ actor, params }) => {
    const threads = await comments.list({ actor, postId: params.postId });
    return {
      items: threads.map((t) => ({
        comment: present.comment(t.comment),
        replies: t.replies.map(present.comment),
      })),
    };
  });
  registerRoute(server, api.createComment, options, async ({ actor, params, body }) =>
    present.comment(
      await comments.create({
        actor,
        postId: params.postId,
        body: body.body,
        parentId: body.parentId,
        anonymous: body.anonymous,
      }),
    ),
  );
  registerRoute(server, api.updateComment, options, async ({ actor, params, body }) =>
    present.comment(
      await comments.update({ actor, postId: params.postId, commentId: params.commentId, body: body.body }),
    ),
  );
  registerRoute(server, api.deleteComment, options, async ({ actor, params }) => {
    await comments.delete({ actor, postId: params.postId, commentId: params.commentId });
    return undefined;
  });
}
