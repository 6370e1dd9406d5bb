import { createContext, useContext } from 'react';
import type { MeDto } from '../../../contracts/schemas';
import type { ApiClient } from '../api/client';
import type { HostInfo } from '../teams/host';

/** What every screen can rely on once the shell has loaded. */
export interface Session {
  api: ApiClient;
  host: HostInfo;
  me: MeDto;
  /** Reloads the member (after acknowledging the charter, changing followed tags...). */
  reloadMe: () => void;
}

export const SessionContext = createContext<Session | undefined>(undefined);

/** The signed-in member, the API client and the host. Only valid inside the loaded shell. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside the loaded shell');
  return session;
}
