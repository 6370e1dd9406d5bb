import { useMemo } from 'react';
import type {
  CharterDto,
  CharterInputDto,
  CommunityDto,
  CommunitySettingsDtoType,
  GoalDto,
  GoalInputDto,
  MeDto,
} from '../../../contracts/schemas';
import { ApiPaths } from '../../../contracts/routes';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** The community: name, charter, goals and settings (key 1). */
export function useCommunity() {
  const { api } = useSession();
  return useResource<CommunityDto>('community', (signal) => api.get(ApiPaths.community, signal));
}

/** Settings an administrator may change (every field optional: only what changed is sent). */
export type SettingsChanges = Partial<CommunitySettingsDtoType>;

/** The charter and community operations (acknowledging is for everyone; the rest is for admins). */
export function useCommunityApi() {
  const { api } = useSession();
  return useMemo(
    () => ({
      acknowledge: (version: number) => api.send<MeDto>('PUT', ApiPaths.charterAcknowledgement, { version }),
      publishCharter: (input: CharterInputDto) =>
        api.send<CharterDto>('POST', ApiPaths.charterVersions, input),
      saveGoal: (goalId: string | undefined, input: GoalInputDto) =>
        goalId
          ? api.send<GoalDto>('PUT', ApiPaths.goal(goalId), input)
          : api.send<GoalDto>('POST', ApiPaths.goals, input),
      deleteGoal: (goalId: string) => api.send<void>('DELETE', ApiPaths.goal(goalId)),
      saveSettings: (changes: SettingsChanges) =>
        api.send<CommunitySettingsDtoType>('PUT', ApiPaths.settings, changes),
    }),
    [api],
  );
}
