import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Tag,
  Textarea,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { CircleChangesDto, CircleDetailDto } from '../../../../contracts/circles';
import { TYPE_LABEL, VISIBILITY } from '../../components/CircleCard/CircleBits';
import { useAction } from '../../hooks/useAction';
import { useCirclesApi } from '../../hooks/useCircles';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import {
  CIRCLE_LIMITS,
  circleDraftOf,
  circleInputOf,
  emptyCircleDraft,
  parseTags,
  validateCircle,
  type CircleDraft,
  type CircleProblem,
} from './circleForm';
import { useCircleFormStyles } from './CircleFormDialog.styles';

const TYPE_HINT: Record<CircleDraft['type'], MessageKey> = {
  interest: 'circles.type.interestExplain',
  pod: 'circles.type.podExplain',
  community: 'circles.type.communityExplain',
};

const PROBLEM: Record<CircleProblem['kind'], MessageKey> = {
  tooShort: 'circles.form.nameTooShort',
  tooLong: 'form.tooLong',
  tooMany: 'circles.form.tooManyTags',
  tagTooLong: 'circles.form.tagTooLong',
};

/** The changes between a circle and its edited form (only what changed is sent). */
function changesOf(circle: CircleDetailDto, draft: CircleDraft): CircleChangesDto {
  const input = circleInputOf(draft);
  const changes: CircleChangesDto = {};
  if (input.name !== circle.name) changes.name = input.name;
  if (input.description !== circle.description) changes.description = input.description;
  if (input.visibility !== circle.visibility) changes.visibility = input.visibility;
  if (JSON.stringify(input.tags) !== JSON.stringify(circle.tags)) changes.tags = input.tags;
  if (input.language && input.language !== circle.language) changes.language = input.language;
  return changes;
}

/**
 * Creates a circle, or edits one (owners and animators). Each choice says in plain words what it
 * means; the API's refusals (a name already taken…) show next to the field they are about.
 */
export function CircleFormDialog({
  circle,
  onClose,
  onSaved,
}: {
  /** The circle to edit; none to create one. */
  circle?: CircleDetailDto;
  onClose: () => void;
  onSaved: (circle: CircleDetailDto) => void;
}) {
  const styles = useCircleFormStyles();
  const { t, formatNumber } = useI18n();
  const { me } = useSession();
  const api = useCirclesApi();
  const { run, busy, error } = useAction();
  const [draft, setDraft] = useState<CircleDraft>(() =>
    circle ? circleDraftOf(circle) : emptyCircleDraft(),
  );
  const [submitted, setSubmitted] = useState(false);
  const problems = validateCircle(draft);
  const set = (changes: Partial<CircleDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const isAdmin = me.roles.includes('admin');

  const messageFor = (field: CircleProblem['field']): string | undefined => {
    if (error?.code === 'CIRCLE.NAME_TAKEN' && field === 'name') return error.message;
    const problem = submitted ? problems.find((p) => p.field === field) : undefined;
    if (!problem) return undefined;
    const max =
      field === 'name'
        ? CIRCLE_LIMITS.nameMax
        : field === 'description'
          ? CIRCLE_LIMITS.description
          : CIRCLE_LIMITS.tag;
    return t(PROBLEM[problem.kind], {
      max: formatNumber(max),
      min: CIRCLE_LIMITS.nameMin,
      count: CIRCLE_LIMITS.tags,
    });
  };
  const validation = (field: CircleProblem['field']) => {
    const message = messageFor(field);
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };
  const typeError = error?.code === 'CIRCLE.COMMUNITY_ADMIN_ONLY' ? error.message : undefined;
  const generalError = error && error.code !== 'CIRCLE.NAME_TAKEN' && !typeError ? error : undefined;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length > 0) return;
    const outcome = await run('save', () =>
      circle ? api.update(circle.id, changesOf(circle, draft)) : api.create(circleInputOf(draft)),
    );
    if (outcome.ok) onSaved(outcome.value);
  };

  const tags = parseTags(draft.tags);
  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <DialogBody>
            <DialogTitle>{circle ? t('circles.form.editTitle') : t('circles.form.createTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              {generalError ? (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{generalError.message}</MessageBarBody>
                </MessageBar>
              ) : null}
              {circle ? null : (
                <Field
                  label={t('circles.form.type')}
                  {...(typeError ? { validationState: 'error' as const, validationMessage: typeError } : {})}
                >
                  <RadioGroup
                    value={draft.type}
                    onChange={(_e, data) => set({ type: data.value as CircleDraft['type'] })}
                  >
                    {(['interest', 'pod', ...(isAdmin ? (['community'] as const) : [])] as const).map(
                      (type) => (
                        <Radio
                          key={type}
                          value={type}
                          label={
                            <span className={styles.choice}>
                              {t(TYPE_LABEL[type])}
                              <span className={styles.explain}>{t(TYPE_HINT[type])}</span>
                            </span>
                          }
                        />
                      ),
                    )}
                  </RadioGroup>
                </Field>
              )}
              <Field label={t('circles.form.visibility')}>
                <RadioGroup
                  value={draft.visibility}
                  onChange={(_e, data) => set({ visibility: data.value as CircleDraft['visibility'] })}
                >
                  {(['open', 'closed', 'private'] as const).map((visibility) => (
                    <Radio
                      key={visibility}
                      value={visibility}
                      label={
                        <span className={styles.choice}>
                          {t(VISIBILITY[visibility].label)}
                          <span className={styles.explain}>{t(VISIBILITY[visibility].explain)}</span>
                        </span>
                      }
                    />
                  ))}
                </RadioGroup>
              </Field>
              <Field label={t('circles.form.name')} required {...validation('name')}>
                <Input
                  value={draft.name}
                  maxLength={CIRCLE_LIMITS.nameMax + 20}
                  onChange={(_e, d) => set({ name: d.value })}
                />
              </Field>
              <Field
                label={t('circles.form.description')}
                hint={t('circles.form.descriptionHint')}
                {...validation('description')}
              >
                <Textarea
                  value={draft.description}
                  rows={3}
                  resize="vertical"
                  onChange={(_e, d) => set({ description: d.value })}
                />
              </Field>
              <Field label={t('circles.form.tags')} hint={t('circles.form.tagsHint')} {...validation('tags')}>
                <Input value={draft.tags} onChange={(_e, d) => set({ tags: d.value })} />
              </Field>
              {tags.length > 0 ? (
                <div className={styles.tags} aria-hidden>
                  {tags.map((tag) => (
                    <Tag key={tag} size="extra-small" appearance="brand">
                      #{tag}
                    </Tag>
                  ))}
                </div>
              ) : null}
              <Field label={t('circles.form.language')}>
                <RadioGroup
                  layout="horizontal"
                  value={draft.language}
                  onChange={(_e, data) => set({ language: data.value as CircleDraft['language'] })}
                >
                  {/* The API sets a circle's language but cannot remove it: "Any" is for new circles. */}
                  <Radio
                    value=""
                    label={t('circles.form.languageAny')}
                    disabled={Boolean(circle?.language)}
                  />
                  <Radio value="en" label={t('form.english')} />
                  <Radio value="fr" label={t('form.french')} />
                </RadioGroup>
              </Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{t('common.cancel')}</Button>
              <Button
                appearance="primary"
                type="submit"
                disabled={Boolean(busy)}
                icon={busy ? <Spinner size="tiny" /> : undefined}
              >
                {circle ? t('common.save') : t('circles.form.create')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
