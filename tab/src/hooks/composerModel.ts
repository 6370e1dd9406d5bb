import type { PostChangesDto, PostInputDto, PostTypeDto } from '../../../contracts/content';

/** Post types a member writes in the composer. */
export type WritableType = Exclude<PostTypeDto, 'kudos'>;

/** When a post goes out. */
export type PublishMode = 'now' | 'draft' | 'schedule';

/** What the composer holds while someone writes (kept in sessionStorage so a reload loses nothing). */
export interface ComposerDraft {
  /** What the composer writes (kudos are given from the Kudos screen, not written as posts). */
  type: WritableType;
  circleId: string;
  title: string;
  body: string;
  url: string;
  tags: string[];
  anonymous: boolean;
  publish: PublishMode;
  ready: boolean;
  /** A `datetime-local` value (local time, no zone), or ''. */
  scheduledFor: string;
}

/** The fields a message can be attached to. */
export type ComposerField =
  'type' | 'circleId' | 'title' | 'body' | 'url' | 'tags' | 'anonymous' | 'scheduledFor';

/** Client-side problems, as message keys' suffixes (the screen translates them). */
export type DraftProblem =
  'titleShort' | 'urlRequired' | 'urlInvalid' | 'scheduleRequired' | 'schedulePast' | 'circleRequired';

export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 32;

export const EMPTY_DRAFT: ComposerDraft = {
  type: 'article',
  circleId: '',
  title: '',
  body: '',
  url: '',
  tags: [],
  anonymous: false,
  publish: 'now',
  ready: false,
  scheduledFor: '',
};

const POST_TYPES: readonly string[] = ['article', 'video', 'link', 'question', 'idea', 'announcement'];

/** Whether anything worth keeping has been written. */
export function hasContent(draft: ComposerDraft): boolean {
  return Boolean(draft.title.trim() || draft.body.trim() || draft.url.trim() || draft.tags.length);
}

/** Reads a draft saved by `JSON.stringify`, ignoring anything that does not look like one. */
export function restoreDraft(saved: string | null | undefined): ComposerDraft | undefined {
  if (!saved) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return undefined; // a corrupt entry is dropped; the composer starts empty
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const text = (key: string): string => {
    const field = v[key];
    return typeof field === 'string' ? field : '';
  };
  const type = text('type');
  const publish = text('publish');
  return {
    type: POST_TYPES.includes(type) ? (type as WritableType) : 'article',
    circleId: text('circleId'),
    title: text('title'),
    body: text('body'),
    url: text('url'),
    tags: Array.isArray(v['tags'])
      ? v['tags'].filter((t): t is string => typeof t === 'string').slice(0, MAX_TAGS)
      : [],
    anonymous: v['anonymous'] === true,
    publish: publish === 'draft' || publish === 'schedule' ? publish : 'now',
    ready: v['ready'] === true,
    scheduledFor: text('scheduledFor'),
  };
}

/** Normalises typed tags: `#LLM, evaluation` → `llm`, `evaluation`; no duplicates, at most 10. */
export function addTags(existing: readonly string[], typed: string): string[] {
  const tags = [...existing];
  for (const raw of typed.split(/[,;\s]+/)) {
    const tag = raw.replace(/^#+/, '').trim().toLowerCase().slice(0, MAX_TAG_LENGTH);
    if (!tag || tags.includes(tag)) continue;
    if (tags.length >= MAX_TAGS) break;
    tags.push(tag);
  }
  return tags;
}

/** Whether a type takes a URL (and needs one). */
export function needsUrl(type: PostTypeDto): boolean {
  return type === 'link' || type === 'video';
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false; // not a URL at all
  }
}

/** Whether a string is a URL the API accepts (http or https). */
export function isValidUrl(value: string): boolean {
  return isHttpUrl(value.trim());
}

/**
 * What to fix before sending, checked here so people see it at once; the server checks again
 * and its answer (field errors) is shown the same way.
 */
export function draftProblems(
  draft: ComposerDraft,
  now: number,
): Partial<Record<ComposerField, DraftProblem>> {
  const problems: Partial<Record<ComposerField, DraftProblem>> = {};
  if (!draft.circleId) problems.circleId = 'circleRequired';
  if (draft.title.trim().length < 3) problems.title = 'titleShort';
  if (needsUrl(draft.type) && !draft.url.trim()) problems.url = 'urlRequired';
  else if (draft.url.trim() && !isHttpUrl(draft.url.trim())) problems.url = 'urlInvalid';
  if (draft.publish === 'schedule') {
    const at = new Date(draft.scheduledFor).getTime();
    if (!draft.scheduledFor || Number.isNaN(at)) problems.scheduledFor = 'scheduleRequired';
    else if (at <= now) problems.scheduledFor = 'schedulePast';
  }
  return problems;
}

/** The request body for `POST /api/v1/posts`. */
export function toPostInput(draft: ComposerDraft): PostInputDto {
  const url = draft.url.trim();
  return {
    circleId: draft.circleId,
    type: draft.type,
    title: draft.title.trim(),
    body: draft.body,
    ...(url ? { url } : {}),
    tags: draft.tags,
    anonymous: draft.type === 'question' && draft.anonymous,
    publish: draft.publish,
    ...(draft.publish === 'schedule' && draft.scheduledFor
      ? { scheduledFor: new Date(draft.scheduledFor).toISOString() }
      : {}),
    ...(draft.publish === 'draft' ? { ready: draft.ready } : {}),
  };
}

const FIELDS: readonly string[] = [
  'type',
  'circleId',
  'title',
  'body',
  'url',
  'tags',
  'anonymous',
  'scheduledFor',
];

/**
 * The API's field errors (`details.fields` of REQUEST.INVALID: `"title (at least 3 characters)"`),
 * by field. Nested paths (`tags.3`) belong to their top field; unknown fields go under `other`.
 */
export function fieldErrorsOf(details: unknown): {
  fields: Partial<Record<ComposerField, string>>;
  other: string[];
} {
  const result: { fields: Partial<Record<ComposerField, string>>; other: string[] } = {
    fields: {},
    other: [],
  };
  const fields =
    typeof details === 'object' && details !== null ? (details as { fields?: unknown }).fields : undefined;
  const list: unknown[] = Array.isArray(fields) ? fields : [];
  for (const entry of list) {
    if (typeof entry !== 'string') continue;
    const match = /^([\w.]+) \((.*)\)$/s.exec(entry);
    const field = match?.[1]?.split('.')[0];
    if (match && field && FIELDS.includes(field)) {
      const key = field as ComposerField;
      result.fields[key] = result.fields[key] ? `${result.fields[key]}; ${match[2]}` : match[2];
    } else {
      result.other.push(entry);
    }
  }
  return result;
}

/** `datetime-local` value for a date (local time, minutes precision). */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The changes of an edited kudos: only its message. Its title follows the message's first line,
 * as the server writes it when kudos are given; a first line under 3 characters (the API's
 * minimum for a title) keeps the title it had. Tags are never sent: `kudos` finds kudos.
 */
export function kudosChanges(body: string): PostChangesDto {
  const firstLine = (body.split('\n')[0] ?? '').trim();
  const title = firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine;
  return title.length >= 3 ? { body, title } : { body };
}
