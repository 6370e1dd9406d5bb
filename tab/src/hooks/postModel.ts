import type { PostDto, ReactionDto } from '../../../contracts/content';

/** The reactions, in the order the bar shows them. */
export const REACTIONS = [
  'like',
  'celebrate',
  'insightful',
  'curious',
] as const satisfies readonly ReactionDto[];

/**
 * The post as it will be once my reaction is saved (shown at once; rolled back if the API refuses).
 * Choosing my current reaction again takes it back.
 */
export function withReaction(post: PostDto, reaction: ReactionDto | null): PostDto {
  const counts = { ...post.counts.reactions };
  if (post.myReaction) counts[post.myReaction] = Math.max(0, (counts[post.myReaction] ?? 0) - 1);
  if (reaction) counts[reaction] = (counts[reaction] ?? 0) + 1;
  return { ...post, myReaction: reaction, counts: { ...post.counts, reactions: counts } };
}

/** The reaction a click on `reaction` sets: the same one again takes it back. */
export function toggledReaction(
  post: Pick<PostDto, 'myReaction'>,
  reaction: ReactionDto,
): ReactionDto | null {
  return post.myReaction === reaction ? null : reaction;
}

/** The post once my vote for an idea is given or taken back. */
export function withVote(post: PostDto, up: boolean): PostDto {
  if (post.myVote === up) return post;
  const votes = Math.max(0, post.counts.votes + (up ? 1 : -1));
  return { ...post, myVote: up, counts: { ...post.counts, votes } };
}

/** The post once saved for later (or not). */
export function withBookmark(post: PostDto, bookmarked: boolean): PostDto {
  return { ...post, bookmarked };
}

/** Total reactions on a post. */
export function reactionTotal(post: PostDto): number {
  return Object.values(post.counts.reactions).reduce((sum, n) => sum + (n ?? 0), 0);
}

/** Whether a list should still show this post (deleted and, for others, hidden posts leave lists). */
export function isListed(post: PostDto): boolean {
  return post.status !== 'deleted';
}
