import type { PostDto } from '../../contracts/content';
import { ApiError } from '../../tab/src/api/client';
import { detailsOf, retryTimeOf } from '../../tab/src/hooks/apiErrors';
import {
  addTags,
  draftProblems,
  EMPTY_DRAFT,
  fieldErrorsOf,
  hasContent,
  restoreDraft,
  toLocalInputValue,
  toPostInput,
  type ComposerDraft,
} from '../../tab/src/hooks/composerModel';
import { insertMention, mentionMarkdown, mentionQueryAt } from '../../tab/src/hooks/mentions';
import { caughtUpIndex, mergePage, prependItem, withQuery } from '../../tab/src/hooks/paging';
import {
  isListed,
  reactionTotal,
  toggledReaction,
  withBookmark,
  withReaction,
  withVote,
} from '../../tab/src/hooks/postModel';
import { relativeTime } from '../../tab/src/hooks/relativeTime';

/** A post as the API sends it, with what a test cares about changed. */
function buildPost(overrides: Partial<PostDto> = {}): PostDto {
  return {
    id: 'p1',
    type: 'article',
    circle: { id: 'community', name: 'Community', visibility: 'open' },
    author: { id: 'm1', displayName: 'Alex Morgan', department: 'Engineering', jobRole: 'Staff engineer' },
    anonymous: false,
    isMine: false,
    title: 'A post',
    body: '',
    url: null,
    preview: null,
    video: null,
    language: 'en',
    tags: [],
    mentions: [],
    audience: null,
    status: 'published',
    ready: false,
    heldReason: null,
    scheduledFor: null,
    publishedAt: '2026-03-01T10:00:00.000Z',
    editedAt: null,
    counts: { comments: 0, reactions: { like: 2, celebrate: 0, insightful: 1, curious: 0 }, votes: 3 },
    myReaction: null,
    myVote: false,
    bookmarked: false,
    acceptedAnswerId: null,
    ideaStatus: null,
    kudos: null,
    canEdit: false,
    canModerate: false,
    ...overrides,
  };
}

const draft = (overrides: Partial<ComposerDraft> = {}): ComposerDraft => ({
  ...EMPTY_DRAFT,
  circleId: 'community',
  title: 'A good title',
  ...overrides,
});

describe('paging', () => {
  const key = (item: { id: string }) => item.id;

  it('appends a page without showing an item twice, keeping the first copy', () => {
    const merged = mergePage(
      [
        { id: 'a', v: 1 },
        { id: 'b', v: 1 },
      ],
      [
        { id: 'b', v: 2 },
        { id: 'c', v: 2 },
        { id: 'c', v: 3 },
      ],
      key,
    );
    expect(merged).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
      { id: 'c', v: 2 },
    ]);
  });

  it('puts a just-published post first and drops its older copy', () => {
    expect(prependItem([{ id: 'a' }, { id: 'b' }], { id: 'b' }, key).map(key)).toEqual(['b', 'a']);
  });

  it('places "caught up" after the last new item, only when older items follow', () => {
    const items = (flags: boolean[]) => flags.map((isNew) => ({ isNew }));
    expect(caughtUpIndex(items([true, true, false, false]))).toBe(2);
    // A pinned older post ranked first does not hide the boundary.
    expect(caughtUpIndex(items([false, true, true, false]))).toBe(3);
    expect(caughtUpIndex(items([true, true]))).toBe(-1);
    expect(caughtUpIndex(items([false, false]))).toBe(-1);
    expect(caughtUpIndex([])).toBe(-1);
  });

  it('builds query strings without empty parameters', () => {
    expect(withQuery('/api/v1/feed', { continuation: undefined })).toBe('/api/v1/feed');
    expect(withQuery('/api/v1/search', { q: 'llm & rag', continuation: 'x/y' })).toBe(
      '/api/v1/search?q=llm+%26+rag&continuation=x%2Fy',
    );
  });
});

describe('mentions', () => {
  it('finds the @query being typed at the caret', () => {
    expect(mentionQueryAt('Thanks @Pri', 11)).toEqual({ start: 7, query: 'Pri' });
    expect(mentionQueryAt('@Alex Mor', 9)).toEqual({ start: 0, query: 'Alex Mor' });
    expect(mentionQueryAt('(@al', 4)).toEqual({ start: 1, query: 'al' });
    expect(mentionQueryAt('Just @', 6)).toEqual({ start: 5, query: '' });
  });

  it('ignores e-mail addresses, finished mentions and other lines', () => {
    expect(mentionQueryAt('mail alex@corp.com', 18)).toBeUndefined();
    expect(mentionQueryAt('hi @[Alex](m1) and', 18)).toBeUndefined();
    expect(mentionQueryAt('@alex\nmore', 10)).toBeUndefined();
    expect(mentionQueryAt('no mention', 10)).toBeUndefined();
  });

  it('inserts @[Name](id) and a space, and puts the caret after it', () => {
    const member = { id: 'c0ffee', displayName: 'Priya Raman' };
    expect(insertMention('Thanks @Pri for it', 7, 11, member)).toEqual({
      text: 'Thanks @[Priya Raman](c0ffee) for it',
      caret: 30,
    });
    expect(mentionMarkdown({ id: 'x', displayName: 'Ann [Ops] (UK)' })).toBe('@[Ann Ops UK](x)');
  });
});

describe('composer draft', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');

  it('normalises tags: no #, lower case, no duplicates, at most 10', () => {
    expect(addTags(['llm'], '#LLM, Evaluation;  rag  ')).toEqual(['llm', 'evaluation', 'rag']);
    const many = addTags([], Array.from({ length: 14 }, (_, i) => `t${i}`).join(','));
    expect(many).toHaveLength(10);
    expect(addTags([], 'x'.repeat(40))).toEqual(['x'.repeat(32)]);
  });

  it('says what to fix before sending', () => {
    expect(draftProblems(draft(), now)).toEqual({});
    expect(draftProblems(draft({ title: ' a ', circleId: '' }), now)).toEqual({
      title: 'titleShort',
      circleId: 'circleRequired',
    });
    expect(draftProblems(draft({ type: 'video' }), now)).toEqual({ url: 'urlRequired' });
    expect(draftProblems(draft({ type: 'link', url: 'javascript:alert(1)' }), now)).toEqual({
      url: 'urlInvalid',
    });
    expect(draftProblems(draft({ publish: 'schedule' }), now)).toEqual({ scheduledFor: 'scheduleRequired' });
    expect(draftProblems(draft({ publish: 'schedule', scheduledFor: '2020-01-01T10:00' }), now)).toEqual({
      scheduledFor: 'schedulePast',
    });
  });

  it('builds the API request for each way of publishing', () => {
    expect(toPostInput(draft({ body: 'Hi', tags: ['a'], anonymous: true }))).toEqual({
      circleId: 'community',
      type: 'article',
      title: 'A good title',
      body: 'Hi',
      tags: ['a'],
      // Only questions are anonymous.
      anonymous: false,
      publish: 'now',
    });
    expect(toPostInput(draft({ type: 'question', anonymous: true })).anonymous).toBe(true);
    expect(toPostInput(draft({ publish: 'draft', ready: true }))).toMatchObject({
      publish: 'draft',
      ready: true,
    });
    const scheduled = toPostInput(draft({ publish: 'schedule', scheduledFor: '2030-05-04T09:30' }));
    expect(scheduled.scheduledFor).toBe(new Date('2030-05-04T09:30').toISOString());
    expect(toPostInput(draft({ type: 'link', url: ' https://example.com ' })).url).toBe(
      'https://example.com',
    );
  });

  it('restores a saved draft, and ignores anything that is not one', () => {
    const saved = draft({ type: 'idea', body: 'x', tags: ['a', 'b'], publish: 'draft' });
    expect(restoreDraft(JSON.stringify(saved))).toEqual(saved);
    expect(restoreDraft('not json')).toBeUndefined();
    expect(restoreDraft(null)).toBeUndefined();
    expect(restoreDraft('{"type":"poll","tags":[1,"a"],"publish":"later"}')).toMatchObject({
      type: 'article',
      tags: ['a'],
      publish: 'now',
    });
    expect(hasContent(EMPTY_DRAFT)).toBe(false);
    expect(hasContent({ ...EMPTY_DRAFT, body: ' words ' })).toBe(true);
  });

  it('reads the API field errors by field', () => {
    expect(
      fieldErrorsOf({
        fields: ['title (at least 3 characters)', 'tags.3 (too long)', 'audience (bad)'],
        in: 'body',
      }),
    ).toEqual({ fields: { title: 'at least 3 characters', tags: 'too long' }, other: ['audience (bad)'] });
    expect(fieldErrorsOf(undefined)).toEqual({ fields: {}, other: [] });
  });

  it('formats a date for a datetime-local input in local time', () => {
    expect(toLocalInputValue(new Date(2030, 0, 2, 3, 4))).toBe('2030-01-02T03:04');
  });
});

describe('post actions (what is shown before the server answers)', () => {
  it('moves my reaction and its counts', () => {
    const liked = withReaction(buildPost(), 'like');
    expect(liked.myReaction).toBe('like');
    expect(liked.counts.reactions.like).toBe(3);
    const switched = withReaction(liked, 'insightful');
    expect(switched.counts.reactions).toEqual({ like: 2, celebrate: 0, insightful: 2, curious: 0 });
    const removed = withReaction(switched, null);
    expect(removed.counts.reactions).toEqual({ like: 2, celebrate: 0, insightful: 1, curious: 0 });
    expect(reactionTotal(removed)).toBe(3);
  });

  it('takes a reaction back when the same one is chosen again', () => {
    expect(toggledReaction({ myReaction: 'like' }, 'like')).toBeNull();
    expect(toggledReaction({ myReaction: 'like' }, 'curious')).toBe('curious');
  });

  it('counts my vote once, and saves for later', () => {
    const voted = withVote(buildPost(), true);
    expect(voted.counts.votes).toBe(4);
    expect(withVote(voted, true)).toBe(voted);
    expect(withVote(voted, false).counts.votes).toBe(3);
    expect(withBookmark(buildPost(), true).bookmarked).toBe(true);
    expect(isListed(buildPost({ status: 'deleted' }))).toBe(false);
    expect(isListed(buildPost({ status: 'held' }))).toBe(true);
  });
});

describe('relative time', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');

  it('speaks English and French', () => {
    expect(relativeTime('2026-03-10T11:59:40Z', now, 'en-US')).toBe('now');
    expect(relativeTime('2026-03-10T11:55:00Z', now, 'en-US')).toBe('5 minutes ago');
    expect(relativeTime('2026-03-10T09:00:00Z', now, 'fr-FR')).toBe('il y a 3 heures');
    expect(relativeTime('2026-03-09T12:00:00Z', now, 'en-US')).toBe('yesterday');
    expect(relativeTime('2026-03-08T12:00:00Z', now, 'fr-FR')).toBe('avant-hier');
  });

  it('gives the date after a week, with the year only when it differs', () => {
    expect(relativeTime('2026-02-01T12:00:00Z', now, 'en-GB')).toBe('1 Feb');
    expect(relativeTime('2025-02-01T12:00:00Z', now, 'en-GB')).toBe('1 Feb 2025');
    expect(relativeTime('not a date', now, 'en-GB')).toBe('');
  });
});

describe('API error details', () => {
  it('reads details when the client kept them, and a retry time from them', () => {
    const plain = new ApiError('POST.RATE_LIMITED', 429, 'Slow down.');
    expect(detailsOf(plain)).toBeUndefined();
    expect(retryTimeOf(plain, 0)).toBeUndefined();
    const withDetails = Object.assign(new ApiError('POST.RATE_LIMITED', 429, 'Slow down.'), {
      details: { retryAfterSeconds: 90 },
    });
    expect(retryTimeOf(withDetails, 1000)?.getTime()).toBe(91_000);
    const at = Object.assign(new ApiError('POST.RATE_LIMITED', 429, 'Slow down.'), {
      details: { retryAt: '2026-03-10T12:00:00.000Z' },
    });
    expect(retryTimeOf(at, 0)?.toISOString()).toBe('2026-03-10T12:00:00.000Z');
  });
});
