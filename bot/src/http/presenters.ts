import type { CommunityDto, MeDto } from '../../../contracts/schemas';
import type { CommunityOverview } from '../domain/charter/charter-service';
import type { Member } from '../domain/members/member';

/** Domain objects to API shapes. Presenters decide what leaves the server; nothing else does. */
export const present = {
  me(member: Member, devMode: boolean): MeDto {
    return {
      id: member.id,
      tenantId: member.tenantId,
      displayName: member.displayName,
      language: member.language ?? null,
      roles: member.roles,
      charterAcknowledgedVersion: member.charterAcknowledgedVersion ?? null,
      joinedAt: member.joinedAt,
      devMode,
    };
  },

  community({ settings, charter }: CommunityOverview): CommunityDto {
    return {
      name: settings.name,
      tagline: settings.tagline,
      charter: {
        version: charter.version,
        purpose: charter.purpose,
        values: charter.values,
        codeOfConduct: charter.codeOfConduct,
        rituals: charter.rituals,
        publishedAt: charter.publishedAt,
      },
    };
  },
};
