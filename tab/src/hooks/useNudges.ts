import { useMemo } from 'react';
import type {
  MySettingsDto,
  NudgePreviewDto,
  NudgeRulesDto,
  NudgeRulesInputDto,
} from '../../../contracts/nudges';
import type { NotificationSettingsDto } from '../../../contracts/outbox';
import { ApiPaths } from '../../../contracts/routes';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** My language, time zone, quiet hours, weekly cap and the nudges I switched off. */
export function useMySettings() {
  const { api } = useSession();
  return useResource<MySettingsDto>('my-settings', (signal) => api.get(ApiPaths.mySettings, signal));
}

/** The community's nudge rules (animators). */
export function useNudgeRules() {
  const { api } = useSession();
  return useResource<NudgeRulesDto>('nudge-rules', (signal) => api.get(ApiPaths.nudgeRules, signal));
}

/** What each nudge says in English and French, with sample data (animators). */
export function useNudgePreviews() {
  const { api } = useSession();
  return useResource<{ items: NudgePreviewDto[] }>('nudge-previews', (signal) =>
    api.get(ApiPaths.nudgePreviews, signal),
  );
}

/** Saving settings and rules. */
export function useNudgesApi() {
  const { api } = useSession();
  return useMemo(
    () => ({
      saveSettings: (body: NotificationSettingsDto) =>
        api.send<MySettingsDto>('PUT', ApiPaths.mySettings, body),
      saveRules: (body: NudgeRulesInputDto) => api.send<NudgeRulesDto>('PUT', ApiPaths.nudgeRules, body),
    }),
    [api],
  );
}
