import {
  emptyPollDraft,
  localInputValue,
  pollInputOf,
  problemsOf,
} from '../../tab/src/scenes/Polls/pollDraft';

const now = new Date('2026-11-25T09:00:00');

describe('the tab’s poll draft', () => {
  it('starts with two empty options, closing a day later, and says what is missing', () => {
    const draft = emptyPollDraft(now);
    expect(draft.options).toEqual(['', '']);
    expect(draft.closesAt).toBe(localInputValue(new Date('2026-11-26T09:00:00')));
    expect(problemsOf(draft, now)).toEqual({
      question: 'polls.problem.question',
      options: 'polls.problem.options',
      conversation: 'polls.problem.conversation',
    });
  });

  it('refuses duplicate options and closing times outside 5 minutes to 30 days', () => {
    const draft = { ...emptyPollDraft(now), question: 'Q?', options: ['Yes', ' yes '], conversationId: 'c' };
    expect(problemsOf(draft, now)).toEqual({ options: 'polls.problem.duplicate' });
    const soon = {
      ...draft,
      options: ['Yes', 'No'],
      closesAt: localInputValue(new Date('2026-11-25T09:03:00')),
    };
    expect(problemsOf(soon, now)).toEqual({ closesAt: 'polls.problem.closesAt' });
    const late = { ...soon, closesAt: localInputValue(new Date('2026-12-26T09:00:00')) };
    expect(problemsOf(late, now)).toEqual({ closesAt: 'polls.problem.closesAt' });
  });

  it('sends trimmed options without the empty ones, and the closing time in UTC', () => {
    const draft = {
      ...emptyPollDraft(now),
      question: '  Which day? ',
      options: [' Tue ', '', 'Thu'],
      choice: 'multiple' as const,
      conversationId: '19:x@thread.tacv2',
    };
    expect(problemsOf(draft, now)).toEqual({});
    expect(pollInputOf(draft)).toEqual({
      question: 'Which day?',
      options: ['Tue', 'Thu'],
      choice: 'multiple',
      anonymous: false,
      results: 'live',
      closesAt: new Date('2026-11-26T09:00:00').toISOString(),
      conversationId: '19:x@thread.tacv2',
    });
  });
});
