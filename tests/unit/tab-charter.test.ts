import {
  CHARTER_LIMITS,
  charterInputOf,
  draftOf,
  isDirty,
  move,
  textProblem,
  validateCharter,
} from '../../tab/src/components/CharterEditor/charterDraft';
import { goalDraftOf, goalInputOf, validateGoal } from '../../tab/src/components/Goals/goalDraft';
import { charterChanges, hasChanges, type CharterContent } from '../../tab/src/scenes/Home/charterChanges';

const charter: CharterContent = {
  version: 2,
  purpose: { en: 'Learn together', fr: 'Apprendre ensemble' },
  values: [
    { title: { en: 'Share early' }, description: { en: 'Drafts beat decks.' } },
    { title: { en: 'Be kind' }, description: { en: 'Critique work, not people.' } },
  ],
  codeOfConduct: { en: 'Be kind.' },
  rituals: [{ title: { en: 'Demo' }, description: { en: 'Ten minutes' }, cadence: { en: 'Fridays' } }],
};

describe('The charter editor’s draft', () => {
  it('starts from the published charter and sends only the languages written', () => {
    const draft = draftOf(charter);
    expect(draft.values[1]!.title).toEqual({ en: 'Be kind', fr: '' });
    const input = charterInputOf(draft, charter.version);
    expect(input.baseVersion).toBe(2);
    expect(input.values[0]).toEqual({
      title: { en: 'Share early' },
      description: { en: 'Drafts beat decks.' },
    });
    expect(input.purpose).toEqual({ en: 'Learn together', fr: 'Apprendre ensemble' });
  });

  it('wants every text in one language at least, within its limit (like CharterInput)', () => {
    expect(textProblem({ en: ' ', fr: '' }, 80)).toEqual({ kind: 'required' });
    expect(textProblem({ en: '', fr: 'x'.repeat(81) }, 80)).toEqual({ kind: 'tooLong', max: 80 });
    expect(textProblem({ en: '', fr: 'Bonjour' }, 80)).toBeUndefined();
    const draft = draftOf(charter);
    draft.values[1]!.title = { en: '', fr: '' };
    draft.rituals[0]!.cadence = { en: 'x'.repeat(CHARTER_LIMITS.ritualCadence + 1), fr: '' };
    expect([...validateCharter(draft).keys()]).toEqual(['values.1.title', 'rituals.0.cadence']);
  });

  it('reorders values and knows when something changed', () => {
    const draft = draftOf(charter);
    const start = draftOf(charter);
    expect(isDirty(draft, start)).toBe(false);
    const moved = { ...draft, values: move(draft.values, 1, -1) };
    expect(moved.values.map((v) => v.title.en)).toEqual(['Be kind', 'Share early']);
    expect(isDirty(moved, start)).toBe(true);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('What changed in the charter', () => {
  it('finds nothing between a version and itself', () => {
    expect(hasChanges(charterChanges(charter, charter))).toBe(false);
  });

  it('tells rewritten sections, new, reworded and removed values and rituals apart', () => {
    const next: CharterContent = {
      ...charter,
      version: 3,
      codeOfConduct: { en: 'Be kind. Report problems.' },
      values: [
        { title: { en: 'Share early' }, description: { en: 'A rough draft today beats a deck.' } },
        { title: { en: 'Credit generously' }, description: { en: 'Name people.' } },
      ],
      rituals: [],
    };
    const changes = charterChanges(charter, next);
    expect(changes.purpose).toBe(false);
    expect(changes.codeOfConduct).toBe(true);
    expect(changes.values).toEqual({
      added: [{ en: 'Credit generously' }],
      removed: [{ en: 'Be kind' }],
      changed: [{ en: 'Share early' }],
    });
    expect(changes.rituals.removed).toEqual([{ en: 'Demo' }]);
    expect(hasChanges(changes)).toBe(true);
  });
});

describe('The goal form', () => {
  it('starts a new goal today, measured by hand', () => {
    expect(goalDraftOf(undefined, '2025-12-01')).toMatchObject({
      metric: 'manual',
      startsOn: '2025-12-01',
      dueOn: '',
    });
  });

  it('checks the goal like GoalInput does, and that it is not due before it starts', () => {
    const draft = { ...goalDraftOf(undefined, '2025-12-01'), titleEn: 'Grow', target: '0', current: 'x' };
    expect(validateGoal(draft)).toEqual({ target: 'outOfRange', current: 'notWholeNumber' });
    expect(validateGoal({ ...draft, titleEn: ' ', target: '10', current: '1', dueOn: '2025-11-01' })).toEqual(
      {
        title: 'required',
        dueOn: 'dueBeforeStart',
      },
    );
    expect(validateGoal({ ...draft, metric: 'members', target: '2.5', current: 'ignored' })).toEqual({
      target: 'notWholeNumber',
    });
  });

  it('sends progress only for manual goals, and null for no due date', () => {
    const draft = {
      ...goalDraftOf(undefined, '2025-12-01'),
      titleFr: ' Grandir ',
      target: '100',
      current: '5',
    };
    expect(goalInputOf(draft)).toEqual({
      title: { fr: 'Grandir' },
      metric: 'manual',
      target: 100,
      current: 5,
      startsOn: '2025-12-01',
      dueOn: null,
    });
    expect(goalInputOf({ ...draft, metric: 'posts', dueOn: '2026-01-31' })).toEqual({
      title: { fr: 'Grandir' },
      metric: 'posts',
      target: 100,
      startsOn: '2025-12-01',
      dueOn: '2026-01-31',
    });
  });
});
