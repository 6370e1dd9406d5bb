import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import addFormats from 'ajv-formats';
import { cardSamples } from '../support/card-samples';

/**
 * Every card the bot sends (one sample or more per builder in tests/support/card-samples.ts):
 * - valid against Microsoft's official Adaptive Cards 1.5 JSON schema (vendored, see
 *   tests/support/vendor/adaptive-cards/README.md), version "1.5";
 * - at most 6 actions, counting EVERY `Action.*` object anywhere in the card: the card's actions,
 *   ActionSets, the cards inside Action.ShowCard, Input.Text inline actions AND `selectAction`s
 *   (a tap target is an action a person can trigger). Only `refresh.action` is not counted: it is
 *   run by the client, never shown;
 * - Universal Actions only: no Action.Submit (messageBack), every Action.Execute has a verb;
 * - small: Teams refuses a bot message over 28 KB (HTTP 413), so each card stays under 28 KB of
 *   JSON (and far under the 80 KB hard ceiling).
 */

const SCHEMA_FILE = join(
  __dirname,
  '..',
  'support',
  'vendor',
  'adaptive-cards',
  'adaptive-card-1.5.schema.json',
);
const MAX_ACTIONS = 6;
const TEAMS_MESSAGE_LIMIT = 28 * 1024;
const HARD_LIMIT = 80 * 1024;

/**
 * Teams' own top-level extension, outside the Adaptive Cards schema (which forbids unknown
 * properties on AdaptiveCard): `msteams.width` ("Full" for full-width cards) and `msteams.entities`
 * (mentions). It is checked on its own, then removed before the schema check.
 */
const TEAMS_EXTENSION_KEYS = new Set(['width', 'entities']);

function withoutTeamsExtension(card: Record<string, unknown>): Record<string, unknown> {
  const { msteams: _msteams, ...rest } = card;
  return rest;
}

interface FoundAction {
  path: string;
  type: string;
  action: Record<string, unknown>;
}

/** Every object in the card whose type starts with "Action.", with its JSON path. */
function findActions(node: unknown, path = '$'): FoundAction[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => findActions(item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const found: FoundAction[] = [];
  const record = node as Record<string, unknown>;
  if (typeof record['type'] === 'string' && record['type'].startsWith('Action.')) {
    found.push({ path, type: record['type'], action: record });
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'refresh') continue;
    found.push(...findActions(value, `${path}.${key}`));
  }
  return found;
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

describe('Adaptive Cards the bot sends', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addMetaSchema(draft06);
  addFormats(ajv, ['uri', 'uri-reference']);
  // The official file names itself with draft-04's `id` (draft-06 says `$id`, the only one ajv 8 reads).
  const { id, ...schema } = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  const validate = ajv.compile({ ...schema, $id: id as string });

  it('has samples to check, each with a unique name', () => {
    expect(cardSamples.length).toBeGreaterThan(10);
    const names = cardSamples.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('uses the schema as a real check: an invalid card is refused', () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'x', size: 'Huge' }, { type: 'Sparkline' }],
      actions: [{ type: 'Action.OpenUrl', title: 'no url' }],
    };
    expect(validate(bad)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/body/0/size', '/actions/0']));
  });

  describe.each(cardSamples.map((s) => [s.name, s.card] as const))('%s', (_name, card) => {
    it('is a version 1.5 card valid against the Adaptive Cards 1.5 schema', () => {
      expect(card['type']).toBe('AdaptiveCard');
      expect(card['version']).toBe('1.5');
      const valid = validate(withoutTeamsExtension(card));
      expect(describeErrors(validate.errors)).toBe('');
      expect(valid).toBe(true);
    });

    it('uses only the Teams extension properties Teams knows (msteams.width, msteams.entities)', () => {
      const msteams = card['msteams'];
      if (msteams === undefined) return;
      expect(typeof msteams).toBe('object');
      expect(Object.keys(msteams as object).filter((k) => !TEAMS_EXTENSION_KEYS.has(k))).toEqual([]);
      const width = (msteams as Record<string, unknown>)['width'];
      if (width !== undefined) expect(width).toBe('Full');
    });

    it(`has at most ${MAX_ACTIONS} actions, selectActions included`, () => {
      const actions = findActions(card);
      expect(actions.length).toBeLessThanOrEqual(MAX_ACTIONS);
    });

    it('uses Universal Actions: no Action.Submit, and every Action.Execute names a verb', () => {
      const actions = findActions(card);
      expect(actions.filter((a) => a.type === 'Action.Submit')).toEqual([]);
      const missingVerb = actions
        .filter((a) => a.type === 'Action.Execute')
        .filter((a) => typeof a.action['verb'] !== 'string' || a.action['verb'] === '')
        .map((a) => a.path);
      expect(missingVerb).toEqual([]);
    });

    it('weighs less than 28 KB of JSON (Teams refuses larger bot messages; 80 KB hard ceiling)', () => {
      const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
      expect(bytes).toBeLessThan(HARD_LIMIT);
      expect(bytes).toBeLessThan(TEAMS_MESSAGE_LIMIT);
    });
  });

  it('counts actions everywhere: card actions, ActionSets, ShowCard cards, inline and select actions', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      selectAction: { type: 'Action.OpenUrl', url: 'https://example.com' },
      refresh: { action: { type: 'Action.Execute', verb: 'refresh' } },
      body: [
        { type: 'Container', items: [], selectAction: { type: 'Action.Execute', verb: 'a' } },
        { type: 'ActionSet', actions: [{ type: 'Action.Execute', verb: 'b' }] },
        { type: 'Input.Text', id: 't', inlineAction: { type: 'Action.Execute', verb: 'c' } },
      ],
      actions: [
        {
          type: 'Action.ShowCard',
          card: { type: 'AdaptiveCard', body: [], actions: [{ type: 'Action.Execute', verb: 'd' }] },
        },
      ],
    };
    expect(findActions(card).map((a) => a.path)).toEqual([
      '$.selectAction',
      '$.body[0].selectAction',
      '$.body[1].actions[0]',
      '$.body[2].inlineAction',
      '$.actions[0]',
      '$.actions[0].card.actions[0]',
    ]);
  });
});
