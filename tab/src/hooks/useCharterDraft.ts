import { useCallback, useMemo, useState } from 'react';
import type { CharterDto } from '../../../contracts/schemas';
import {
  CHARTER_LIMITS,
  charterInputOf,
  draftOf,
  emptyText,
  isDirty,
  move,
  newKey,
  validateCharter,
  type Bilingual,
  type CharterDraft,
} from '../components/CharterEditor/charterDraft';
import type { ApiError } from '../api/client';
import { useAction } from './useAction';
import { useCommunityApi } from './useCommunity';

/** The two lists of the charter an editor reorders. */
export type CharterList = 'values' | 'rituals';

/**
 * A charter being edited: the draft, its problems, list editing (add, remove, reorder), and
 * publishing as a new version based on the one the editor started from. A version published by
 * someone else meanwhile comes back as `conflict`, never as a silent overwrite.
 */
export function useCharterDraft(charter: CharterDto, onPublished: (charter: CharterDto) => void) {
  const api = useCommunityApi();
  const { run, busy, error } = useAction();
  const [start] = useState(() => draftOf(charter));
  const [draft, setDraft] = useState<CharterDraft>(start);
  const [showProblems, setShowProblems] = useState(false);

  const problems = useMemo(() => validateCharter(draft), [draft]);
  const dirty = useMemo(() => isDirty(draft, start), [draft, start]);

  const setText = useCallback(
    (field: 'purpose' | 'codeOfConduct', text: Bilingual) => setDraft((d) => ({ ...d, [field]: text })),
    [],
  );
  const setValue = useCallback(
    (index: number, field: 'title' | 'description', text: Bilingual) =>
      setDraft((d) => ({
        ...d,
        values: d.values.map((item, i) => (i === index ? { ...item, [field]: text } : item)),
      })),
    [],
  );
  const setRitual = useCallback(
    (index: number, field: 'title' | 'description' | 'cadence', text: Bilingual) =>
      setDraft((d) => ({
        ...d,
        rituals: d.rituals.map((item, i) => (i === index ? { ...item, [field]: text } : item)),
      })),
    [],
  );
  const add = useCallback(
    (list: CharterList) =>
      setDraft((d) => {
        if (d[list].length >= CHARTER_LIMITS[list]) return d;
        return list === 'values'
          ? { ...d, values: [...d.values, { key: newKey(), title: emptyText(), description: emptyText() }] }
          : {
              ...d,
              rituals: [
                ...d.rituals,
                { key: newKey(), title: emptyText(), description: emptyText(), cadence: emptyText() },
              ],
            };
      }),
    [],
  );
  const remove = useCallback(
    (list: CharterList, index: number) =>
      setDraft((d) => ({ ...d, [list]: (d[list] as unknown[]).filter((_item, i) => i !== index) })),
    [],
  );
  const reorder = useCallback(
    (list: CharterList, index: number, delta: number) =>
      setDraft((d) => ({ ...d, [list]: move(d[list] as unknown[], index, delta) })),
    [],
  );

  const publish = useCallback(async (): Promise<boolean> => {
    setShowProblems(true);
    if (validateCharter(draft).size > 0) return false;
    const outcome = await run('publish', () => api.publishCharter(charterInputOf(draft, charter.version)));
    if (outcome.ok) onPublished(outcome.value);
    return outcome.ok;
  }, [api, charter.version, draft, onPublished, run]);

  const conflict: ApiError | undefined = error?.code === 'CHARTER.VERSION_CONFLICT' ? error : undefined;
  return {
    draft,
    problems: showProblems ? problems : new Map<string, never>(),
    problemCount: problems.size,
    dirty,
    publishing: busy === 'publish',
    error: conflict ? undefined : error,
    conflict,
    setText,
    setValue,
    setRitual,
    add,
    remove,
    reorder,
    publish,
  };
}
