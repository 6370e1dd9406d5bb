import {
  isFull,
  membershipActions,
  needsConfirmation,
  POD_SEATS,
  undoOf,
  type CircleState,
} from '../../tab/src/components/CircleCard/membership';
import {
  circleInputOf,
  emptyCircleDraft,
  parseTags,
  validateCircle,
} from '../../tab/src/scenes/Circles/circleForm';

const circle = (over: Partial<CircleState> = {}): CircleState => ({
  visibility: 'open',
  myStatus: 'none',
  archived: false,
  type: 'interest',
  memberCount: 4,
  ...over,
});

describe('What a member can do about a circle', () => {
  it('joins an open circle, asks to join a closed one, and sees no way into a private one', () => {
    expect(membershipActions(circle())).toEqual(['join']);
    expect(membershipActions(circle({ visibility: 'closed' }))).toEqual(['ask']);
    expect(membershipActions(circle({ visibility: 'private' }))).toEqual([]);
  });

  it('accepts or declines an invitation, withdraws a request, leaves a circle', () => {
    expect(membershipActions(circle({ myStatus: 'invited', visibility: 'private' }))).toEqual([
      'accept',
      'decline',
    ]);
    expect(membershipActions(circle({ myStatus: 'requested', visibility: 'closed' }))).toEqual(['withdraw']);
    expect(membershipActions(circle({ myStatus: 'active' }))).toEqual(['leave']);
  });

  it('takes no one new into an archived circle', () => {
    expect(membershipActions(circle({ archived: true }))).toEqual([]);
    expect(membershipActions(circle({ archived: true, myStatus: 'invited' }))).toEqual(['decline']);
  });

  it('knows a pod is full at eight, except for those already in it', () => {
    expect(POD_SEATS).toBe(8);
    expect(isFull(circle({ type: 'pod', memberCount: 8 }))).toBe(true);
    expect(isFull(circle({ type: 'pod', memberCount: 7 }))).toBe(false);
    expect(isFull(circle({ type: 'pod', memberCount: 8, myStatus: 'active' }))).toBe(false);
    expect(isFull(circle({ type: 'interest', memberCount: 80 }))).toBe(false);
  });

  it('offers Undo only where the member can take it back alone', () => {
    expect(undoOf('join', { visibility: 'open' })).toBe('leave');
    expect(undoOf('leave', { visibility: 'open' })).toBe('join');
    expect(undoOf('ask', { visibility: 'closed' })).toBe('withdraw');
    expect(undoOf('withdraw', { visibility: 'closed' })).toBe('ask');
    expect(undoOf('leave', { visibility: 'closed' })).toBeUndefined();
    expect(undoOf('leave', { visibility: 'private' })).toBeUndefined();
    expect(undoOf('decline', { visibility: 'private' })).toBeUndefined();
  });

  it('asks first before what cannot be undone', () => {
    expect(needsConfirmation('leave', { visibility: 'open' })).toBe(false);
    expect(needsConfirmation('leave', { visibility: 'closed' })).toBe(true);
    expect(needsConfirmation('leave', { visibility: 'private' })).toBe(true);
    expect(needsConfirmation('decline', { visibility: 'private' })).toBe(true);
    expect(needsConfirmation('join', { visibility: 'open' })).toBe(false);
  });
});

describe('The circle form', () => {
  it('reads tags separated by commas or spaces, with or without #, once each', () => {
    expect(parseTags('#MLOps, llm  llm,, #data-viz')).toEqual(['mlops', 'llm', 'data-viz']);
  });

  it('checks the name, description and tags like the API does', () => {
    const draft = { ...emptyCircleDraft(), name: 'ab' };
    expect(validateCircle(draft)).toEqual([{ field: 'name', kind: 'tooShort' }]);
    expect(validateCircle({ ...draft, name: 'x'.repeat(81) })).toEqual([{ field: 'name', kind: 'tooLong' }]);
    expect(validateCircle({ ...draft, name: 'Ok name', tags: 'a b c d e f g h i j k' })).toEqual([
      { field: 'tags', kind: 'tooMany' },
    ]);
    expect(validateCircle({ ...draft, name: 'Ok name', tags: 'x'.repeat(33) })).toEqual([
      { field: 'tags', kind: 'tagTooLong' },
    ]);
    expect(validateCircle({ ...draft, name: '  Okay  ', description: 'd'.repeat(1001) })).toEqual([
      { field: 'description', kind: 'tooLong' },
    ]);
  });

  it('sends trimmed fields, and a language only when one is chosen', () => {
    expect(
      circleInputOf({
        ...emptyCircleDraft(),
        name: '  Evals  ',
        description: ' d ',
        tags: 'llm',
        language: '',
      }),
    ).toEqual({ type: 'interest', visibility: 'open', name: 'Evals', description: 'd', tags: ['llm'] });
    expect(circleInputOf({ ...emptyCircleDraft(), name: 'Evals', language: 'fr' }).language).toBe('fr');
  });
});
