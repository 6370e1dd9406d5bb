import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allContainers } from '../../bot/src/domain/shared/containers';
import { compositeIndexesOf } from '../../bot/src/store/cosmos/cosmos-document-store';

/**
 * In Azure the app reaches Cosmos DB with a data-plane role, which cannot create containers, so
 * the Bicep must declare every container and composite index the code needs. This keeps them in step.
 */
describe('infra/modules/cosmos.bicep', () => {
  const bicep = readFileSync(join(__dirname, '..', '..', 'infra', 'modules', 'cosmos.bicep'), 'utf8');
  const block = bicep.slice(
    bicep.indexOf('var containers = ['),
    bicep.indexOf('\n]\n', bicep.indexOf('var containers = [')),
  );
  const declared = new Map<string, { path: string; order: string }[][]>();
  for (const part of block.split(/\n\s*name: '/).slice(1)) {
    const name = part.slice(0, part.indexOf("'"));
    const groups = [...part.matchAll(/\[\s*((?:\{ path: '[^']+', order: '\w+' \}\s*)+)\]/g)].map((g) =>
      [...g[1]!.matchAll(/\{ path: '([^']+)', order: '(\w+)' \}/g)].map((m) => ({
        path: m[1]!,
        order: m[2]!,
      })),
    );
    declared.set(name, groups);
  }

  it('declares exactly the containers the code uses', () => {
    expect([...declared.keys()].sort()).toEqual(allContainers.map((c) => c.name).sort());
  });

  it.each(allContainers.map((c) => [c.name, c] as const))(
    'declares the composite indexes of %s',
    (name, definition) => {
      expect(declared.get(name)).toEqual(compositeIndexesOf(definition));
    },
  );

  it('partitions every container on /pk', () => {
    expect(bicep).toMatch(/paths: \[\s*'\/pk'\s*\]/);
  });
});
