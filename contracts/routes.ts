/**
 * API paths, free of any library so the tab can import them at run time.
 * `contracts/api.ts` pairs each operation with its schemas for the server and the OpenAPI document.
 */
const p = encodeURIComponent;

export const ApiPaths = {
  openapi: '/api/v1/openapi.json',
  me: '/api/v1/me',
  myFollowedTags: '/api/v1/me/followed-tags',
  mySegments: '/api/v1/me/segments',
  myPosts: '/api/v1/me/posts',
  members: '/api/v1/members',
  community: '/api/v1/community',
  settings: '/api/v1/community/settings',
  charterVersions: '/api/v1/charter/versions',
  charterAcknowledgement: '/api/v1/charter/acknowledgement',
  goals: '/api/v1/goals',
  goal: (goalId: string) => `/api/v1/goals/${p(goalId)}`,
  circles: '/api/v1/circles',
  circleSuggestions: '/api/v1/circles/suggestions',
  circle: (circleId: string) => `/api/v1/circles/${p(circleId)}`,
  circleArchive: (circleId: string) => `/api/v1/circles/${p(circleId)}/archive`,
  circleJoin: (circleId: string) => `/api/v1/circles/${p(circleId)}/join`,
  circleLeave: (circleId: string) => `/api/v1/circles/${p(circleId)}/leave`,
  circleInvitations: (circleId: string) => `/api/v1/circles/${p(circleId)}/invitations`,
  circleRequest: (circleId: string, memberId: string) =>
    `/api/v1/circles/${p(circleId)}/requests/${p(memberId)}`,
  circleMemberRole: (circleId: string, memberId: string) =>
    `/api/v1/circles/${p(circleId)}/members/${p(memberId)}/role`,
  circleMembers: (circleId: string) => `/api/v1/circles/${p(circleId)}/members`,
  circlePosts: (circleId: string) => `/api/v1/circles/${p(circleId)}/posts`,
  feed: '/api/v1/feed',
  search: '/api/v1/search',
  bookmarks: '/api/v1/bookmarks',
  linkPreview: '/api/v1/link-preview',
  posts: '/api/v1/posts',
  post: (postId: string) => `/api/v1/posts/${p(postId)}`,
  postPublish: (postId: string) => `/api/v1/posts/${p(postId)}/publish`,
  postReaction: (postId: string) => `/api/v1/posts/${p(postId)}/reaction`,
  postVote: (postId: string) => `/api/v1/posts/${p(postId)}/vote`,
  postBookmark: (postId: string) => `/api/v1/posts/${p(postId)}/bookmark`,
  postIdeaStatus: (postId: string) => `/api/v1/posts/${p(postId)}/idea-status`,
  postAcceptedAnswer: (postId: string) => `/api/v1/posts/${p(postId)}/accepted-answer`,
  postRevealAuthor: (postId: string) => `/api/v1/posts/${p(postId)}/reveal-author`,
  postComments: (postId: string) => `/api/v1/posts/${p(postId)}/comments`,
  postComment: (postId: string, commentId: string) => `/api/v1/posts/${p(postId)}/comments/${p(commentId)}`,
  reports: '/api/v1/reports',
  moderationQueue: '/api/v1/moderation/queue',
  moderationActions: '/api/v1/moderation/actions',
  moderationAudit: '/api/v1/moderation/audit',
  watchedWords: '/api/v1/moderation/watched-words',
  editorialCalendar: '/api/v1/editorial/calendar',
  editorialStock: '/api/v1/editorial/stock',
} as const;

/** Header that names the acting member in dev mode (never honoured when SSO is configured). */
export const DEV_USER_HEADER = 'x-dev-user';
