import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Stored } from '../shared/document-store';
import type { CharterVersion, CommunitySettings } from './charter';
import type { CharterRepository } from './charter-repository';

/** What a member sees of the community's direction: its identity and current charter. */
export interface CommunityOverview {
  settings: Stored<CommunitySettings>;
  charter: Stored<CharterVersion>;
}

/** The community charter (DESIGN.md key 1). */
export class CharterService {
  constructor(private readonly deps: { charters: CharterRepository }) {}

  /** The community and its current charter; COMMUNITY.NOT_SET_UP before an admin has written one. */
  async overview({ actor }: { actor: Actor }): Promise<CommunityOverview> {
    const [settings, charter] = await Promise.all([
      this.deps.charters.settings(actor.tenantId),
      this.deps.charters.current(actor.tenantId),
    ]);
    if (!settings || !charter) {
      throw new AppError(
        'COMMUNITY.NOT_SET_UP',
        404,
        'This community has no charter yet. An administrator sets it up from the animator console.',
      );
    }
    return { settings, charter };
  }
}
