import type { ContainerDefinition } from './document-store';

/**
 * Every container, its partition key and the orders it must serve cheaply. docs/ARCHITECTURE.md
 * repeats this table; each repository's header says which reads it makes.
 */
export const Containers = {
  /** Members of a tenant's community. pk = tenantId: point reads by member id, small per tenant. */
  members: {
    name: 'members',
    partitionKey: 'tenantId',
    indexes: [{ fields: [{ path: 'displayName', direction: 'asc' }] }],
  },
  /** Tenant-wide singletons and versioned documents: settings, charter versions. pk = tenantId. */
  community: {
    name: 'community',
    partitionKey: 'tenantId',
    indexes: [
      {
        fields: [
          { path: 'kind', direction: 'asc' },
          { path: 'version', direction: 'desc' },
        ],
      },
    ],
  },
  /** Bot conversation references for proactive messages. pk = tenantId; id = conversation id. */
  conversations: {
    name: 'conversations',
    partitionKey: 'tenantId',
    indexes: [],
  },
  /** Circles of every size. pk = tenantId: the directory lists a tenant's circles. */
  circles: {
    name: 'circles',
    partitionKey: 'tenantId',
    indexes: [{ fields: [{ path: 'name', direction: 'asc' }] }],
  },
  /** Circle memberships. pk = tenantId; id = circleId|memberId. Read by member and by circle. */
  memberships: {
    name: 'memberships',
    partitionKey: 'tenantId',
    indexes: [],
  },
  /** Posts. pk = tenantId: feeds rank across the member's circles, newest first. */
  posts: {
    name: 'posts',
    partitionKey: 'tenantId',
    indexes: [{ fields: [{ path: 'publishedAt', direction: 'desc' }] }],
  },
} as const satisfies Record<string, ContainerDefinition>;

/** All container definitions, for adapters that create them up front. */
export const allContainers: readonly ContainerDefinition[] = Object.values(Containers);
