import type { CircleDetailDto, CircleInputDto } from '../../../../contracts/circles';

/** A circle as its form holds it. */
export interface CircleDraft {
  type: CircleInputDto['type'];
  visibility: CircleInputDto['visibility'];
  name: string;
  description: string;
  tags: string;
  language: 'en' | 'fr' | '';
}

/** Limits of CircleInput (contracts/circles.ts). */
export const CIRCLE_LIMITS = { nameMin: 3, nameMax: 80, description: 1000, tags: 10, tag: 32 } as const;

/** What is wrong with a field. */
export type CircleProblem =
  | { field: 'name'; kind: 'tooShort' | 'tooLong' }
  | { field: 'description'; kind: 'tooLong' }
  | { field: 'tags'; kind: 'tooMany' | 'tagTooLong' };

/** A new circle's form: an open interest circle. */
export function emptyCircleDraft(): CircleDraft {
  return { type: 'interest', visibility: 'open', name: '', description: '', tags: '', language: '' };
}

/** The form of an existing circle (for editing). */
export function circleDraftOf(circle: CircleDetailDto): CircleDraft {
  return {
    type: circle.type,
    visibility: circle.visibility,
    name: circle.name,
    description: circle.description,
    tags: circle.tags.join(', '),
    language: circle.language ?? '',
  };
}

/** Tags as typed: separated by commas or spaces, with or without "#", without repeats. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,\s]+/)
    .map((tag) => tag.replace(/^#+/, '').trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** Checks the form like CircleInput does. */
export function validateCircle(draft: CircleDraft): CircleProblem[] {
  const problems: CircleProblem[] = [];
  const name = draft.name.trim();
  if (name.length < CIRCLE_LIMITS.nameMin) problems.push({ field: 'name', kind: 'tooShort' });
  else if (name.length > CIRCLE_LIMITS.nameMax) problems.push({ field: 'name', kind: 'tooLong' });
  if (draft.description.trim().length > CIRCLE_LIMITS.description) {
    problems.push({ field: 'description', kind: 'tooLong' });
  }
  const tags = parseTags(draft.tags);
  if (tags.length > CIRCLE_LIMITS.tags) problems.push({ field: 'tags', kind: 'tooMany' });
  else if (tags.some((tag) => tag.length > CIRCLE_LIMITS.tag))
    problems.push({ field: 'tags', kind: 'tagTooLong' });
  return problems;
}

/** The request body for a new circle. */
export function circleInputOf(draft: CircleDraft): CircleInputDto {
  return {
    type: draft.type,
    visibility: draft.visibility,
    name: draft.name.trim(),
    description: draft.description.trim(),
    tags: parseTags(draft.tags),
    ...(draft.language ? { language: draft.language } : {}),
  };
}
