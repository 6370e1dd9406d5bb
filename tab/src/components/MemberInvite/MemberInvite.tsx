import {
  Avatar,
  Button,
  Field,
  Spinner,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  Tag,
} from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { MemberSummaryDto } from '../../../../contracts/schemas';
import { useMemberSearch } from '../../hooks/useMemberSearch';
import { useSession } from '../../hooks/useSession';
import { useI18n } from '../../i18n/i18n';
import { useMemberInviteStyles } from './MemberInvite.styles';

const NO_MATCH = '__no-match__';

/** "Data · Lead data scientist", what tells two people of the same name apart. */
const detailsOf = (member: MemberSummaryDto) =>
  [member.department, member.jobRole].filter(Boolean).join(' · ');

/**
 * Picks people by name (GET /members?q=, asked as typing pauses) and invites them in one go.
 * Resolves once `onInvite` is done; the picker empties itself when it succeeded.
 */
export function MemberInvite({
  onInvite,
  excludeIds = [],
}: {
  onInvite: (memberIds: string[]) => Promise<boolean>;
  /** People not to offer (already members or invited). */
  excludeIds?: string[];
}) {
  const styles = useMemberInviteStyles();
  const { t } = useI18n();
  const { me } = useSession();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<MemberSummaryDto[]>([]);
  const [sending, setSending] = useState(false);
  const results = useMemberSearch(query);

  const hidden = new Set([me.id, ...excludeIds]);
  const options =
    results.status === 'ready'
      ? results.data.filter((member) => !hidden.has(member.id) && !selected.some((s) => s.id === member.id))
      : [];

  const handleInvite = async () => {
    setSending(true);
    const ok = await onInvite(selected.map((member) => member.id));
    setSending(false);
    if (ok) setSelected([]);
  };

  return (
    <div className={styles.root}>
      <Field label={t('invite.label')} hint={t('invite.hint')} className={styles.field}>
        <TagPicker
          selectedOptions={selected.map((member) => member.id)}
          onOptionSelect={(_event, data) => {
            if (data.value === NO_MATCH) return;
            const known = new Map(
              [...selected, ...(results.status === 'ready' ? results.data : [])].map((m) => [m.id, m]),
            );
            setSelected(data.selectedOptions.flatMap((id) => known.get(id) ?? []));
            setQuery('');
          }}
        >
          <TagPickerControl>
            <TagPickerGroup aria-label={t('invite.selected')}>
              {selected.map((member) => (
                <Tag
                  key={member.id}
                  value={member.id}
                  shape="circular"
                  media={<Avatar name={member.displayName} color="colorful" aria-hidden />}
                  dismissible
                  dismissIcon={{ 'aria-label': t('invite.remove', { name: member.displayName }) }}
                >
                  {member.displayName}
                </Tag>
              ))}
            </TagPickerGroup>
            <TagPickerInput
              aria-label={t('invite.label')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder={selected.length === 0 ? t('invite.placeholder') : undefined}
            />
          </TagPickerControl>
          <TagPickerList>
            {results.status === 'loading' || results.settling ? (
              <TagPickerOption value={NO_MATCH} text="">
                {t('state.loading')}
              </TagPickerOption>
            ) : options.length > 0 ? (
              options.map((member) => (
                <TagPickerOption
                  key={member.id}
                  value={member.id}
                  text={member.displayName}
                  secondaryContent={detailsOf(member) || undefined}
                  media={<Avatar name={member.displayName} color="colorful" aria-hidden />}
                >
                  {member.displayName}
                </TagPickerOption>
              ))
            ) : (
              <TagPickerOption value={NO_MATCH} text="">
                {results.status === 'error' ? results.error.message : t('invite.noMatch')}
              </TagPickerOption>
            )}
          </TagPickerList>
        </TagPicker>
      </Field>
      <Button
        appearance="primary"
        icon={sending ? <Spinner size="tiny" /> : <PersonAddRegular />}
        disabled={selected.length === 0 || sending}
        onClick={() => void handleInvite()}
      >
        {t('invite.send')}
      </Button>
    </div>
  );
}
