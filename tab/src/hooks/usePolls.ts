import type { ConversationDto, PollDto } from '../../../contracts/polls';
import { ApiPaths } from '../../../contracts/routes';
import { useResource } from './useResource';
import { useSession } from './useSession';

/** The newest polls with their results (animators). */
export function usePollList() {
  const { api } = useSession();
  return useResource<{ items: PollDto[] }>('polls', (signal) => api.get(ApiPaths.polls, signal));
}

/** Channels and group chats where Guildhall is installed (animators). */
export function usePollConversations() {
  const { api } = useSession();
  return useResource<{ items: ConversationDto[] }>('poll-conversations', (signal) =>
    api.get(ApiPaths.conversations, signal),
  );
}
