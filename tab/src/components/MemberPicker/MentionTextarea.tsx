import {
  Avatar,
  Caption1,
  mergeClasses,
  Text,
  Textarea,
  type TextareaProps,
} from '@fluentui/react-components';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { insertMention, mentionQueryAt } from '../../hooks/mentions';
import { useMentionCandidates } from '../../hooks/useMentionCandidates';
import { usePlural } from '../../hooks/usePlural';
import { useI18n } from '../../i18n/i18n';
import { useMemberPickerStyles } from './MemberPicker.styles';

export interface MentionTextareaProps extends Omit<
  TextareaProps,
  'value' | 'onChange' | 'defaultValue' | 'onKeyDown' | 'onSelect'
> {
  value: string;
  onValueChange: (value: string) => void;
  /** Ctrl+Enter or Cmd+Enter: send (publish, comment). */
  onSubmitShortcut?: () => void;
}

/**
 * A markdown textarea where typing `@` offers members to mention; choosing one inserts
 * `@[Name](id)`. Keyboard: arrows move in the list, Enter or Tab choose, Escape closes. Focus stays
 * in the textarea (the list is its `aria-activedescendant`), so typing never gets interrupted.
 */
export function MentionTextarea({
  value,
  onValueChange,
  onSubmitShortcut,
  className,
  ...rest
}: MentionTextareaProps) {
  const styles = useMemberPickerStyles();
  const { t } = useI18n();
  const plural = usePlural();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  // The @ whose list was closed with Escape stays closed until another @ is typed.
  const [dismissedAt, setDismissedAt] = useState<number | undefined>();
  const mention = mentionQueryAt(value, caret);
  const open = mention !== undefined && mention.start !== dismissedAt;
  const { members, loading } = useMentionCandidates(open ? mention.query : undefined);
  const activeIndex = Math.min(active, Math.max(0, members.length - 1));

  const readCaret = () => setCaret(ref.current?.selectionStart ?? value.length);

  const choose = (index: number) => {
    const member = members[index];
    if (!mention || !member) return;
    const next = insertMention(value, mention.start, caret, member);
    onValueChange(next.text);
    setCaret(next.caret);
    setActive(0);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmitShortcut?.();
      return;
    }
    if (!open || members.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + members.length) % members.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(activeIndex);
    } else if (event.key === 'Escape') {
      // Closing the list must not close the dialog the textarea sits in.
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(mention.start);
    }
  };

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <div className={styles.wrapper}>
      <Textarea
        {...rest}
        ref={ref}
        className={mergeClasses(styles.textarea, className)}
        value={value}
        onChange={(event, data) => {
          onValueChange(data.value);
          setCaret(event.target.selectionStart);
          setActive(0);
        }}
        onSelect={readCaret}
        onClick={readCaret}
        onKeyDown={handleKeyDown}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && members.length > 0 ? optionId(activeIndex) : undefined}
      />
      {open ? (
        <ul id={listId} role="listbox" aria-label={t('mention.listLabel')} className={styles.listbox}>
          {members.map((member, index) => (
            <li
              key={member.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={mergeClasses(styles.option, index === activeIndex && styles.active)}
              // Keep the focus (and the caret) in the textarea.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              <Avatar name={member.displayName} size={24} color="colorful" aria-hidden />
              <span className={styles.optionText}>
                <Text>{member.displayName}</Text>
                {member.department || member.jobRole ? (
                  <Caption1 className={styles.optionDetail}>
                    {[member.jobRole, member.department].filter(Boolean).join(' · ')}
                  </Caption1>
                ) : null}
              </span>
            </li>
          ))}
          {members.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled className={styles.empty}>
              {loading ? t('mention.searching') : t('mention.none')}
            </li>
          ) : null}
        </ul>
      ) : null}
      <span className={styles.srOnly} role="status" aria-live="polite">
        {open && !loading ? plural('mention.count', members.length) : ''}
      </span>
    </div>
  );
}
