import { z } from 'zod';
import { api, type RouteContract } from '../../../contracts/api';
import { ErrorBody, Health, Readiness } from '../../../contracts/schemas';

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document, generated from the zod contracts (OpenAPI 3.1 schemas are JSON Schema
 * 2020-12, which is what zod emits). Named schemas become components and are referenced.
 */
export function buildOpenApiDocument(options: { serverUrl: string; version: string }): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  const schemaRef = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const json = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      target: 'draft-2020-12',
    }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    const { $schema: _s, $defs, ...rest } = json;
    for (const [name, def] of Object.entries($defs ?? {})) components[name] = rewriteRefs(def) as JsonSchema;
    return rewriteRefs(rest) as JsonSchema;
  };
  const errorRef = schemaRef(ErrorBody, 'output');

  const paths: Record<string, Record<string, unknown>> = {};
  const add = (name: string, route: RouteContract) => {
    const operation: Record<string, unknown> = {
      operationId: name,
      summary: route.summary,
      tags: [route.tag],
      responses: {
        [String(route.status ?? 200)]: {
          description: 'Success',
          content: { 'application/json': { schema: schemaRef(route.response, 'output') } },
        },
        default: {
          description: `Error. Codes: ${route.errors.join(', ') || 'none specific'}.`,
          content: { 'application/json': { schema: errorRef } },
        },
      },
    };
    if (route.auth) operation['security'] = [{ teamsSso: [] }];
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', route.params],
      ['query', route.query],
    ] as const) {
      if (!schema) continue;
      const json = schemaRef(schema, 'input') as {
        properties?: Record<string, JsonSchema>;
        required?: string[];
      };
      for (const [pname, pschema] of Object.entries(json.properties ?? {})) {
        parameters.push({
          name: pname,
          in: where,
          required: json.required?.includes(pname) ?? false,
          schema: pschema,
        });
      }
    }
    if (parameters.length > 0) operation['parameters'] = parameters;
    if (route.body) {
      operation['requestBody'] = {
        required: true,
        content: { 'application/json': { schema: schemaRef(route.body, 'input') } },
      };
    }
    (paths[route.path] ??= {})[route.method] = operation;
  };
  for (const [name, route] of Object.entries(api)) add(name, route);
  add('getHealth', {
    method: 'get',
    path: '/healthz',
    summary: 'Process is up.',
    tag: 'operations',
    auth: false,
    response: Health,
    errors: [],
  });
  add('getReadiness', {
    method: 'get',
    path: '/readyz',
    summary: 'Store is reachable (503 when not).',
    tag: 'operations',
    auth: false,
    response: Readiness,
    errors: [],
  });

  return {
    openapi: '3.1.0',
    info: {
      title: 'Guildhall API',
      version: options.version,
      description:
        'The REST API of the Guildhall personal tab. Every operation needs a Teams SSO token ' +
        '(Authorization: Bearer), except in dev mode. Errors share one shape with a stable code.',
    },
    servers: [{ url: options.serverUrl }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        teamsSso: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Entra ID access token from authentication.getAuthToken() in Teams.',
        },
      },
    },
  };
}

/** zod names local `$defs`; OpenAPI keeps named schemas under components. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] =
        k === '$ref' && typeof v === 'string'
          ? v.replace('#/$defs/', '#/components/schemas/')
          : rewriteRefs(v);
    }
    return out;
  }
  return value;
}
