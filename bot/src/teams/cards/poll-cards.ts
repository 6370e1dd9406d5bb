import type { PollCardRenderer, PollView } from '../../domain/polls/poll-service';
import type { Language } from '../../domain/shared/locale';
import { pt, POLL_EXAMPLES, type PollTextKey } from '../poll-text';
import type { PollSyntaxProblem } from '../poll-command';
import { adaptiveCard, attachment, plain, textBlock, type CardAttachment } from './adaptive-card';

/** A poll as its card shows it, already in the reader's language. */
export interface PollCardModel {
  language: Language;
  pollId: string;
  question: string;
  status: 'open' | 'closed' | 'deleted';
  choice: 'single' | 'multiple';
  anonymous: boolean;
  results: 'live' | 'afterClose';
  closesAt: string;
  closedAt?: string | undefined;
  createdByName?: string | undefined;
  options: {
    id: string;
    label: string;
    /** Present when results are visible. */
    count?: number | undefined;
    /** Voter names (named polls with visible results). */
    names?: string[] | undefined;
  }[];
  voters: number;
  resultsVisible: boolean;
  /** Teams user ids whose card refreshes automatically (at most 60). */
  refreshUserIds: string[];
  /** The reader's own vote (user-specific views). */
  myVote?: string[] | undefined;
  /** Whether the reader may close it. */
  canManage: boolean;
  /** A line for the reader after an action ("your vote is counted"). */
  note?: { text: string; tone: 'good' | 'attention' } | undefined;
}

/** The card model of a poll view, in `language`. */
export function pollCardModelOf(
  view: PollView,
  language: Language,
  note?: PollCardModel['note'],
): PollCardModel {
  const { poll } = view;
  return {
    language,
    pollId: poll.id,
    question: poll.question,
    status: poll.status,
    choice: poll.choice,
    anonymous: poll.anonymous,
    results: poll.results,
    closesAt: poll.closesAt,
    closedAt: poll.closedAt,
    createdByName: poll.createdByName,
    options: poll.options.map((o) => ({
      id: o.id,
      label: o.label,
      count: view.tally ? (view.tally.counts[o.id] ?? 0) : undefined,
      names: view.names?.[o.id],
    })),
    voters: view.voters,
    resultsVisible: view.tally !== undefined,
    refreshUserIds: view.refreshUserIds,
    myVote: view.myVote,
    canManage: view.canManage,
    note,
  };
}

/** Adaptive Cards' DATE()/TIME() functions show a time in the reader's own time zone (no milliseconds). */
function cardTime(iso: string): string {
  return `${iso.slice(0, 19)}Z`;
}

function votersText(language: Language, n: number): string {
  return n === 0
    ? pt(language, 'voters0')
    : n === 1
      ? pt(language, 'voters1')
      : pt(language, 'votersN', { n });
}

/** A ten-step bar drawn with text, like the points card (Adaptive Cards 1.5 has no progress bar). */
function bar(share: number): string {
  const filled = Math.max(0, Math.min(10, Math.round(share * 10)));
  return `${'▰'.repeat(filled)}${'▱'.repeat(10 - filled)}`;
}

function namesText(language: Language, names: readonly string[], total: number): string {
  const shown = names
    .filter((n) => n.length > 0)
    .slice(0, 8)
    .map(plain);
  const more = total - shown.length;
  return more > 0 ? pt(language, 'namesMore', { names: shown.join(', '), more }) : shown.join(', ');
}

/**
 * The poll: question, what kind of poll it is, results with bars (when visible), the reader's
 * answer as a choice set while open, and Universal Actions (vote, refresh, close). Open polls carry
 * `refresh` so Teams fetches each listed viewer's up-to-date card; everybody else has the button.
 * Question, options and names are members' words, made literal with `plain()` in text blocks.
 */
export function pollCard(model: PollCardModel): CardAttachment {
  const { language } = model;
  if (model.status === 'deleted') {
    return attachment(
      adaptiveCard([
        textBlock(pt(language, 'label'), { size: 'Small', isSubtle: true }),
        textBlock(plain(model.question), { weight: 'Bolder', spacing: 'Small' }),
        textBlock(pt(language, 'deleted'), { isSubtle: true, color: 'Attention' }),
      ]),
    );
  }
  const open = model.status === 'open';
  const kind = [
    pt(language, model.choice === 'multiple' ? 'multiple' : 'single'),
    pt(language, model.anonymous ? 'anonymous' : 'named'),
    pt(language, model.results === 'live' ? 'live' : 'afterClose'),
  ].join(' · ');
  const when = open
    ? pt(language, 'closes', { at: cardTime(model.closesAt) })
    : pt(language, 'closedAt', { at: cardTime(model.closedAt ?? model.closesAt) });

  const body: unknown[] = [
    textBlock(pt(language, 'label'), { size: 'Small', isSubtle: true }),
    textBlock(plain(model.question), { size: 'Medium', weight: 'Bolder', spacing: 'Small' }),
    textBlock(kind, { size: 'Small', isSubtle: true, spacing: 'Small' }),
    textBlock(when, { size: 'Small', isSubtle: true, spacing: 'None' }),
  ];
  if (model.createdByName) {
    body.push(
      textBlock(pt(language, 'createdBy', { name: plain(model.createdByName) }), {
        size: 'Small',
        isSubtle: true,
        spacing: 'None',
      }),
    );
  }
  if (!open) body.push(textBlock(pt(language, 'finalResults'), { weight: 'Bolder', spacing: 'Medium' }));

  if (model.resultsVisible) {
    const total = model.voters;
    const top = Math.max(0, ...model.options.map((o) => o.count ?? 0));
    for (const option of model.options) {
      const count = option.count ?? 0;
      const share = total > 0 ? count / total : 0;
      const winner = !open && count > 0 && count === top;
      body.push({
        type: 'Container',
        spacing: 'Small',
        items: [
          textBlock(`${winner ? '🏆 ' : ''}${plain(option.label)}`, {
            weight: winner ? 'Bolder' : 'Default',
          }),
          {
            type: 'ColumnSet',
            spacing: 'None',
            columns: [
              {
                type: 'Column',
                width: 'auto',
                items: [textBlock(bar(share), { fontType: 'Monospace', color: 'Accent' })],
              },
              {
                type: 'Column',
                width: 'stretch',
                verticalContentAlignment: 'Center',
                items: [
                  textBlock(pt(language, 'votes', { n: count, percent: Math.round(share * 100) }), {
                    size: 'Small',
                    isSubtle: true,
                  }),
                ],
              },
            ],
          },
          ...(option.names && option.names.length > 0
            ? [
                textBlock(namesText(language, option.names, count), {
                  size: 'Small',
                  isSubtle: true,
                  spacing: 'None',
                }),
              ]
            : []),
        ],
      });
    }
  } else {
    body.push(textBlock(pt(language, 'hiddenResults'), { isSubtle: true, spacing: 'Medium' }));
  }
  body.push(
    textBlock(votersText(language, model.voters), { size: 'Small', weight: 'Bolder', spacing: 'Medium' }),
  );

  const actions: unknown[] = [];
  if (open) {
    const mine = model.myVote?.filter((id) => model.options.some((o) => o.id === id)) ?? [];
    body.push({
      type: 'Input.ChoiceSet',
      id: 'choice',
      label: pt(language, model.choice === 'multiple' ? 'yourAnswers' : 'yourAnswer'),
      style: 'expanded',
      isMultiSelect: model.choice === 'multiple',
      isRequired: true,
      errorMessage: pt(language, 'pickOne'),
      // Teams shows choice titles as plain text (no markdown there), so the label goes in as written.
      choices: model.options.map((o) => ({ title: o.label, value: o.id })),
      ...(mine.length > 0 ? { value: mine.join(',') } : {}),
    });
    if (mine.length > 0) {
      const labels = model.options.filter((o) => mine.includes(o.id)).map((o) => plain(o.label));
      body.push(
        textBlock(pt(language, 'youVoted', { options: labels.join(', ') }), {
          size: 'Small',
          isSubtle: true,
        }),
      );
    }
    actions.push({
      type: 'Action.Execute',
      title: pt(language, mine.length > 0 ? 'changeVote' : 'vote'),
      verb: 'poll.vote',
      data: { pollId: model.pollId },
      associatedInputs: 'auto',
      style: 'positive',
    });
    actions.push({
      type: 'Action.Execute',
      title: pt(language, 'refresh'),
      verb: 'poll.refresh',
      data: { pollId: model.pollId },
      associatedInputs: 'none',
    });
    if (model.canManage) {
      actions.push({
        type: 'Action.Execute',
        title: pt(language, 'close'),
        verb: 'poll.close',
        data: { pollId: model.pollId },
        associatedInputs: 'none',
      });
    }
  }
  if (model.note) {
    body.push(
      textBlock(model.note.text, {
        color: model.note.tone === 'good' ? 'Good' : 'Attention',
        weight: 'Bolder',
        spacing: 'Medium',
      }),
    );
  }
  return attachment(
    adaptiveCard(
      body,
      actions,
      open
        ? {
            refresh: {
              action: { type: 'Action.Execute', verb: 'poll.refresh', data: { pollId: model.pollId } },
              userIds: model.refreshUserIds.slice(0, 60),
            },
          }
        : {},
    ),
  );
}

/** How to write a poll, with examples; `problem` says what was wrong with the last try. */
export function pollHelpCard(model: {
  language: Language;
  problem?: PollSyntaxProblem | undefined;
  message?: string | undefined;
}): CardAttachment {
  const { language } = model;
  const problem =
    model.message ?? (model.problem ? pt(language, `problem.${model.problem}` as PollTextKey) : undefined);
  return attachment(
    adaptiveCard([
      textBlock(pt(language, 'helpTitle'), { size: 'Medium', weight: 'Bolder' }),
      ...(problem ? [textBlock(problem, { color: 'Attention', weight: 'Bolder' })] : []),
      textBlock(pt(language, 'helpIntro')),
      ...POLL_EXAMPLES[language].map((example) =>
        textBlock(example, { fontType: 'Monospace', size: 'Small', spacing: 'Small' }),
      ),
      textBlock(pt(language, 'helpFlags'), { spacing: 'Medium' }),
      textBlock(pt(language, 'helpForm'), { isSubtle: true }),
    ]),
  );
}

/** What the form remembers when it comes back with a problem. */
export interface PollFormValues {
  question?: string | undefined;
  options?: (string | undefined)[] | undefined;
  choice?: string | undefined;
  visibility?: string | undefined;
  results?: string | undefined;
  duration?: string | undefined;
}

/** The durations the form offers, in milliseconds. */
export const FORM_DURATIONS = {
  '1h': 3_600_000,
  '4h': 4 * 3_600_000,
  '1d': 86_400_000,
  '3d': 3 * 86_400_000,
  '7d': 7 * 86_400_000,
} as const;

/** `poll` alone: a small form that builds the poll (Action.Execute `poll.create`). */
export function pollFormCard(model: {
  language: Language;
  values?: PollFormValues;
  problem?: string | undefined;
}): CardAttachment {
  const { language } = model;
  const values = model.values ?? {};
  const choiceSet = (id: string, label: string, value: string, choices: [string, PollTextKey][]) => ({
    type: 'Input.ChoiceSet',
    id,
    label,
    style: 'compact',
    value,
    choices: choices.map(([v, key]) => ({ title: pt(language, key), value: v })),
  });
  return attachment(
    adaptiveCard(
      [
        textBlock(pt(language, 'formTitle'), { size: 'Medium', weight: 'Bolder' }),
        ...(model.problem
          ? [
              textBlock(pt(language, 'formProblem', { message: model.problem }), {
                color: 'Attention',
                weight: 'Bolder',
              }),
            ]
          : []),
        {
          type: 'Input.Text',
          id: 'question',
          label: pt(language, 'formQuestion'),
          placeholder: pt(language, 'formQuestionPlaceholder'),
          maxLength: 200,
          isRequired: true,
          errorMessage: pt(language, 'formRequired'),
          ...(values.question ? { value: values.question } : {}),
        },
        ...[1, 2, 3, 4, 5, 6].map((n) => ({
          type: 'Input.Text',
          id: `option${n}`,
          label: pt(language, n <= 2 ? 'formOption' : 'formOptionOptional', { n }),
          maxLength: 80,
          ...(n <= 2 ? { isRequired: true, errorMessage: pt(language, 'formRequired') } : {}),
          ...(values.options?.[n - 1] ? { value: values.options[n - 1] } : {}),
        })),
        {
          type: 'ColumnSet',
          columns: [
            {
              type: 'Column',
              width: 'stretch',
              items: [
                choiceSet('choice', pt(language, 'formChoice'), values.choice ?? 'single', [
                  ['single', 'single'],
                  ['multiple', 'multiple'],
                ]),
              ],
            },
            {
              type: 'Column',
              width: 'stretch',
              items: [
                choiceSet('visibility', pt(language, 'formVisibility'), values.visibility ?? 'named', [
                  ['named', 'named'],
                  ['anonymous', 'anonymous'],
                ]),
              ],
            },
          ],
        },
        {
          type: 'ColumnSet',
          columns: [
            {
              type: 'Column',
              width: 'stretch',
              items: [
                choiceSet('results', pt(language, 'formResults'), values.results ?? 'live', [
                  ['live', 'live'],
                  ['afterClose', 'afterClose'],
                ]),
              ],
            },
            {
              type: 'Column',
              width: 'stretch',
              items: [
                choiceSet('duration', pt(language, 'formDuration'), values.duration ?? '1d', [
                  ['1h', 'duration.1h'],
                  ['4h', 'duration.4h'],
                  ['1d', 'duration.1d'],
                  ['3d', 'duration.3d'],
                  ['7d', 'duration.7d'],
                ]),
              ],
            },
          ],
        },
      ],
      [
        {
          type: 'Action.Execute',
          title: pt(language, 'formCreate'),
          verb: 'poll.create',
          data: { form: 'poll' },
          associatedInputs: 'auto',
          style: 'positive',
        },
      ],
    ),
  );
}

/** The message a poll's conversation shows (the shared card, in the poll's language). */
export const pollCardRenderer: PollCardRenderer = {
  sharedMessage(view) {
    return {
      type: 'message',
      summary: pt(view.poll.language, 'summary', { question: view.poll.question }),
      attachments: [pollCard(pollCardModelOf(view, view.poll.language))],
    };
  },
};
