import { z } from 'zod';
import { Continuation, Id, Language, MemberSummary } from './schemas';

/** Circles (DESIGN.md key 2). */

export const CircleType = z.enum(['community', 'interest', 'pod']).meta({ id: 'CircleType' });
export const CircleVisibility = z.enum(['open', 'closed', 'private']).meta({
  id: 'CircleVisibility',
  description:
    'open: anyone joins and reads; closed: listed, joining is a request, members read; private: invisible to non-members, by invitation.',
});
export const CircleRole = z.enum(['member', 'animator', 'owner']).meta({ id: 'CircleRole' });
export const MyCircleStatus = z
  .enum(['none', 'active', 'invited', 'requested'])
  .meta({ id: 'MyCircleStatus' });

export const CircleSummary = z
  .object({
    id: z.string(),
    type: CircleType,
    visibility: CircleVisibility,
    name: z.string(),
    description: z.string(),
    tags: z.array(z.string()),
    language: Language.nullable(),
    memberCount: z.number().int(),
    archived: z.boolean(),
    myStatus: MyCircleStatus,
    myRole: CircleRole.nullable(),
  })
  .meta({ id: 'CircleSummary' });

export const CircleDetail = CircleSummary.extend({
  canRead: z.boolean(),
  canPost: z.boolean(),
  canManage: z.boolean(),
  createdAt: z.iso.datetime(),
}).meta({ id: 'CircleDetail' });

export const CircleList = z.object({ items: z.array(CircleSummary) }).meta({ id: 'CircleList' });

export const CircleQuery = z
  .object({ q: z.string().max(100).optional(), type: CircleType.optional() })
  .meta({ id: 'CircleQuery' });

export const CircleSuggestion = z
  .object({
    circle: CircleSummary,
    reason: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('department'), department: z.string(), count: z.number().int() }),
      z.object({ kind: z.literal('interest'), tag: z.string() }),
    ]),
  })
  .meta({ id: 'CircleSuggestion' });

export const CircleSuggestions = z
  .object({ items: z.array(CircleSuggestion) })
  .meta({ id: 'CircleSuggestions' });

const name = z.string().trim().min(3, 'at least 3 characters').max(80);
const description = z.string().trim().max(1000);
const tags = z.array(z.string().trim().min(1).max(32)).max(10);

export const CircleInput = z
  .object({
    type: CircleType,
    visibility: CircleVisibility,
    name,
    description: description.default(''),
    tags: tags.default([]),
    language: Language.optional(),
  })
  .meta({ id: 'CircleInput' });

export const CircleChanges = z
  .object({
    visibility: CircleVisibility.optional(),
    name: name.optional(),
    description: description.optional(),
    tags: tags.optional(),
    language: Language.optional(),
  })
  .meta({ id: 'CircleChanges' });

export const CircleParams = z.object({ circleId: Id });
export const CircleMemberParams = z.object({ circleId: Id, memberId: Id });

export const ArchiveInput = z.object({ archived: z.boolean() }).meta({ id: 'ArchiveInput' });
export const InvitationInput = z
  .object({ memberIds: z.array(Id).min(1).max(50) })
  .meta({ id: 'InvitationInput' });
export const InvitationResult = z.object({ invited: z.array(z.string()) }).meta({ id: 'InvitationResult' });
export const DecisionInput = z.object({ approve: z.boolean() }).meta({ id: 'DecisionInput' });
export const RoleInput = z.object({ role: CircleRole }).meta({ id: 'RoleInput' });

export const CircleMembersQuery = z
  .object({
    status: z.enum(['active', 'invited', 'requested']).default('active'),
    continuation: Continuation.optional(),
  })
  .meta({ id: 'CircleMembersQuery' });

export const CircleMember = z
  .object({
    member: MemberSummary,
    role: CircleRole,
    status: z.enum(['active', 'invited', 'requested']),
    since: z.iso.datetime(),
  })
  .meta({ id: 'CircleMember' });

export const CircleMemberPage = z
  .object({ items: z.array(CircleMember), continuation: z.string().optional() })
  .meta({ id: 'CircleMemberPage' });

export type CircleSummaryDto = z.infer<typeof CircleSummary>;
export type CircleDetailDto = z.infer<typeof CircleDetail>;
export type CircleSuggestionDto = z.infer<typeof CircleSuggestion>;
export type CircleInputDto = z.input<typeof CircleInput>;
export type CircleChangesDto = z.input<typeof CircleChanges>;
export type CircleMemberDto = z.infer<typeof CircleMember>;
