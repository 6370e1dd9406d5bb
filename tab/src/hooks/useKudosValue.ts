import { useEffect, useState } from 'react';
import type { CommunityDto, LocalizedTextDto } from '../../../contracts/schemas';
import { ApiPaths } from '../../../contracts/routes';
import type { ApiClient } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from './useSession';

/** The charter's values, asked once per session (kudos cards of a whole feed share the answer). */
const charterValues = new WeakMap<ApiClient, Promise<LocalizedTextDto[]>>();

function valuesOf(api: ApiClient): Promise<LocalizedTextDto[]> {
  let values = charterValues.get(api);
  if (!values) {
    values = api
      .get<CommunityDto>(ApiPaths.community)
      .then((community) => community.charter.values.map((value) => value.title));
    // A failure is not kept: the next card asks again.
    values.catch(() => charterValues.delete(api));
    charterValues.set(api, values);
  }
  return values;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The charter value in `values` that `value` names (in English or French), if any. */
export function findValue(values: readonly LocalizedTextDto[], value: string): LocalizedTextDto | undefined {
  return values.find((candidate) => [candidate.en, candidate.fr].some((text) => text && same(text, value)));
}

/**
 * A kudos' value in the reader's language. The API stores the value as it is named in English
 * (or French when the charter has no English), so French readers get it translated from the
 * charter; English readers need no request.
 */
export function useKudosValue(value: string): string {
  const { api } = useSession();
  const { language, pick } = useI18n();
  const [values, setValues] = useState<LocalizedTextDto[] | undefined>();
  useEffect(() => {
    if (language === 'en') return;
    let live = true;
    valuesOf(api).then(
      (found) => {
        if (live) setValues(found);
      },
      () => undefined, // the value shows as stored
    );
    return () => {
      live = false;
    };
  }, [api, language]);
  const match = language === 'en' ? undefined : findValue(values ?? [], value);
  return match ? pick(match) : value;
}
