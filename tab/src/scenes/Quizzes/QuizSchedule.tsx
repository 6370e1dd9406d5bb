import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
} from '@fluentui/react-components';
import { CalendarClockRegular, SendRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { QuizAudienceDto, QuizDto } from '../../../../contracts/quizzes';
import { ApiPaths } from '../../../../contracts/routes';
import { useAction } from '../../hooks/useAction';
import { useDates } from '../../hooks/useDates';
import { useQuizCircles } from '../../hooks/useQuizzes';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import { isoOfLocalInput, listOf, localInputOf } from './quizDraft';
import { useQuizzesStyles } from './Quizzes.styles';

type SegmentField = 'departments' | 'locations' | 'jobRoles' | 'interests';
const SEGMENT_FIELDS: SegmentField[] = ['departments', 'locations', 'jobRoles', 'interests'];

/** Who gets the quiz (a circle or segments), when, and until when answers count; or send it now. */
export function QuizSchedule({ quiz, onChanged }: { quiz: QuizDto; onChanged: (quiz: QuizDto) => void }) {
  const styles = useQuizzesStyles();
  const { t } = useI18n();
  const dates = useDates();
  const { api } = useSession();
  const circles = useQuizCircles();
  const audience = quiz.audience;
  const [kind, setKind] = useState<'circle' | 'segments'>(audience?.kind ?? 'circle');
  const [circleId, setCircleId] = useState(audience?.kind === 'circle' ? audience.circleId : '');
  const [segments, setSegments] = useState<Record<SegmentField, string>>(() => {
    const s = audience?.kind === 'segments' ? audience.segments : undefined;
    return {
      departments: s?.departments.join(', ') ?? '',
      locations: s?.locations.join(', ') ?? '',
      jobRoles: s?.jobRoles.join(', ') ?? '',
      interests: s?.interests.join(', ') ?? '',
    };
  });
  // Defaults: in an hour, answers for a week (read once, when the panel opens).
  const [when, setWhen] = useState(() =>
    localInputOf(quiz.scheduledFor ? new Date(quiz.scheduledFor) : new Date(Date.now() + 3_600_000)),
  );
  const [until, setUntil] = useState(() =>
    localInputOf(quiz.deadline ? new Date(quiz.deadline) : new Date(Date.now() + 7 * 86_400_000)),
  );
  const [done, setDone] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const action = useAction();

  const audienceOf = (): QuizAudienceDto | undefined => {
    if (kind === 'circle') return circleId ? { kind: 'circle', circleId } : undefined;
    return {
      kind: 'segments',
      segments: {
        departments: listOf(segments.departments),
        locations: listOf(segments.locations),
        jobRoles: listOf(segments.jobRoles),
        interests: listOf(segments.interests),
      },
    };
  };

  const submit = async (mode: 'schedule' | 'send') => {
    setDone(undefined);
    const target = audienceOf();
    if (!target) {
      setProblem(t('quizzes.schedule.noCircle'));
      return;
    }
    setProblem(undefined);
    const deadline = isoOfLocalInput(until) ?? until;
    const outcome = await action.run(mode, () =>
      mode === 'schedule'
        ? api.send<QuizDto>('POST', ApiPaths.quizSchedule(quiz.id), {
            audience: target,
            scheduledFor: isoOfLocalInput(when) ?? when,
            deadline,
            etag: quiz.etag,
          })
        : api.send<QuizDto>('POST', ApiPaths.quizSend(quiz.id), {
            audience: target,
            deadline,
            etag: quiz.etag,
          }),
    );
    if (!outcome.ok) return;
    const next = outcome.value;
    setDone(
      next.status === 'scheduled' && next.scheduledFor
        ? t('quizzes.schedule.done', { when: dates.dateTime(next.scheduledFor) })
        : t('quizzes.schedule.sent', { count: next.recipients ?? 0 }),
    );
    onChanged(next);
  };

  const circleItems = circles.status === 'ready' ? circles.data.items.filter((c) => !c.archived) : [];
  const selected = circleItems.find((c) => c.id === circleId);

  return (
    <section className={styles.section} aria-labelledby="quiz-schedule-title">
      <Subtitle2 as="h2" id="quiz-schedule-title" className={styles.sectionTitle}>
        {t('quizzes.schedule.title')}
      </Subtitle2>
      <Field label={t('quizzes.schedule.audience')}>
        <RadioGroup
          layout="horizontal"
          value={kind}
          onChange={(_, d) => setKind(d.value as 'circle' | 'segments')}
        >
          <Radio value="circle" label={t('quizzes.schedule.circle')} />
          <Radio value="segments" label={t('quizzes.schedule.segments')} />
        </RadioGroup>
      </Field>
      {kind === 'circle' ? (
        <Field label={t('quizzes.schedule.pickCircle')}>
          <Dropdown
            value={selected?.name ?? ''}
            selectedOptions={circleId ? [circleId] : []}
            onOptionSelect={(_, data) => setCircleId(data.optionValue ?? '')}
            disabled={circles.status !== 'ready'}
          >
            {circleItems.map((c) => (
              <Option key={c.id} value={c.id}>
                {c.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : (
        <>
          <div className={styles.pair}>
            {SEGMENT_FIELDS.map((field) => (
              <Field key={field} label={t(`quizzes.schedule.${field}`)}>
                <Input
                  value={segments[field]}
                  maxLength={400}
                  onChange={(_, d) => setSegments({ ...segments, [field]: d.value })}
                />
              </Field>
            ))}
          </div>
          <Caption1 className={styles.muted}>{t('quizzes.schedule.segmentsHint')}</Caption1>
        </>
      )}
      <div className={styles.pair}>
        <Field label={t('quizzes.schedule.when')}>
          <Input type="datetime-local" value={when} onChange={(_, d) => setWhen(d.value)} />
        </Field>
        <Field label={t('quizzes.schedule.deadline')}>
          <Input type="datetime-local" value={until} onChange={(_, d) => setUntil(d.value)} />
        </Field>
      </div>
      {problem ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ) : null}
      {action.error && action.error.code !== 'CLIENT.BUSY' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{action.error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {done ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<CalendarClockRegular />}
          disabled={action.busy !== undefined}
          onClick={() => void submit('schedule')}
        >
          {t('quizzes.schedule.plan')}
        </Button>
        <Button
          icon={<SendRegular />}
          disabled={action.busy !== undefined}
          onClick={() => void submit('send')}
        >
          {t('quizzes.schedule.now')}
        </Button>
      </div>
    </section>
  );
}
