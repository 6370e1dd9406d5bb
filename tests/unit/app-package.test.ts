import { COMMANDS } from '../../bot/src/teams/commands';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { AppManifestUtils, type TeamsManifestV1D25 } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { renderColorIcon, renderOutlineIcon, ACCENT } from '../../appPackage/icons/render-icons';
import { loadConfig } from '../../bot/src/config';
import { projectRoot } from '../../bot/src/paths';
import {
  appPackageDir,
  appPackageValues,
  renderAppPackage,
  validateAppPackage,
  zipAppPackage,
  type AppPackageFiles,
} from '../../bot/tools/app-package';
import { decodePng, encodePng, type RgbaImage } from '../../bot/tools/png';

const HOST = 'guildhall.contoso.example';
const TEAMS_APP_ID = '8f5e3f7a-2b1c-4d6e-9a0b-1c2d3e4f5a6b';
const BOT_APP_ID = '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const AAD_CLIENT_ID = '3c9b2d4e-5f60-4a71-b823-94a5b6c7d8e9';
const TENANT_ID = '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d';

/** A production-like configuration, as the packaging tool would read it from the environment. */
const testEnv = {
  NODE_ENV: 'test',
  PUBLIC_URL: `https://${HOST}`,
  TEAMS_APP_ID,
  MICROSOFT_APP_ID: BOT_APP_ID,
  MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
  MICROSOFT_APP_TYPE: 'SingleTenant',
  MICROSOFT_APP_TENANT_ID: TENANT_ID,
  AAD_CLIENT_ID,
  ALLOWED_TENANT_IDS: TENANT_ID,
};

type Manifest = TeamsManifestV1D25.TeamsManifestV1D25;

function buildFiles(): AppPackageFiles {
  return renderAppPackage(appPackageValues(loadConfig(testEnv)).values);
}

function readJson<T>(files: AppPackageFiles, name: string): T {
  const bytes = files[name];
  if (!bytes) throw new Error(`${name} is not in the package`);
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

/** A copy of the package with manifest.json edited. */
function withManifest(files: AppPackageFiles, edit: (manifest: Manifest) => void): AppPackageFiles {
  const manifest = readJson<Manifest>(files, 'manifest.json');
  edit(manifest);
  return { ...files, 'manifest.json': new TextEncoder().encode(JSON.stringify(manifest)) };
}

/** Every absolute URL in a JSON value, with where it was found. */
function urlsIn(value: unknown, path = ''): Array<{ path: string; url: URL }> {
  if (typeof value === 'string') return /^[a-z]+:\/\//i.test(value) ? [{ path, url: new URL(value) }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => urlsIn(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      key === '$schema' ? [] : urlsIn(item, `${path}.${key}`),
    );
  }
  return [];
}

/** Same size and same bytes (toEqual on 150,000-element arrays takes seconds). */
function sameImage(a: RgbaImage, b: RgbaImage): boolean {
  return a.width === b.width && a.height === b.height && Buffer.from(a.data).equals(Buffer.from(b.data));
}

function pixel(image: RgbaImage, x: number, y: number): number[] {
  const at = (y * image.width + x) * 4;
  return Array.from(image.data.subarray(at, at + 4));
}

describe('Teams app package', () => {
  const files = buildFiles();
  const manifest = readJson<Manifest>(files, 'manifest.json');
  const french = readJson<Record<string, string>>(files, 'fr-fr.json');

  it('fills every placeholder from the configuration', () => {
    expect(appPackageValues(loadConfig(testEnv)).standIns).toEqual([]);
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.bots?.[0]?.botId).toBe(BOT_APP_ID);
    expect(manifest.webApplicationInfo?.id).toBe(AAD_CLIENT_ID);
    for (const name of ['manifest.json', 'fr-fr.json']) {
      expect(new TextDecoder().decode(files[name])).not.toMatch(/\{\{/);
    }
  });

  it('passes every check, starting with the official v1.25 schemas', async () => {
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/en-us/json-schemas/teams/v1.25/MicrosoftTeams.schema.json',
    );
    expect(manifest.manifestVersion).toBe('1.25');
    // The library's own validation, called directly, so this does not only trust our wrapper.
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
    const report = await validateAppPackage(files);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('lists only hosts in validDomains, and every URL is on one of them', () => {
    expect(manifest.validDomains).toEqual([HOST]);
    const urls = urlsIn(manifest);
    expect(urls.map((u) => u.path)).toEqual(
      expect.arrayContaining([
        '.developer.privacyUrl',
        '.staticTabs[0].contentUrl',
        '.webApplicationInfo.resource',
      ]),
    );
    for (const { path, url } of urls) expect({ path, host: url.host }).toEqual({ path, host: HOST });
  });

  it('asks Teams SSO for api://<host>/<client id>, the audience the API accepts', () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: AAD_CLIENT_ID,
      resource: `api://${HOST}/${AAD_CLIENT_ID}`,
    });
    expect(loadConfig(testEnv).sso?.audiences).toContain(manifest.webApplicationInfo?.resource);
  });

  it('declares the bot in every scope with exactly the commands it understands, and the personal tab', () => {
    const bot = manifest.bots?.[0];
    expect(bot).toMatchObject({
      botId: BOT_APP_ID,
      scopes: ['personal', 'team', 'groupChat'],
      isNotificationOnly: false,
    });
    expect(bot?.commandLists?.map((list) => list.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    for (const list of bot?.commandLists ?? []) {
      expect(list.commands.map((c) => c.title)).toEqual(COMMANDS.map((c) => c.words.en));
    }
    const french = readJson<Record<string, string>>(files, 'fr-fr.json');
    COMMANDS.forEach((command, n) => {
      expect(french[`bots[0].commandLists[0].commands[${n}].title`]).toBe(command.words.fr);
    });
    // The message extension that shares a post into any chat or channel.
    expect(manifest.composeExtensions?.[0]).toMatchObject({
      botId: BOT_APP_ID,
      commands: [{ id: 'searchPosts', type: 'query' }],
    });
    expect(manifest.staticTabs?.[0]).toEqual({
      entityId: 'home',
      name: 'Guildhall',
      contentUrl: `https://${HOST}/tab/?inTeams=1&theme={theme}&locale={locale}`,
      websiteUrl: `https://${HOST}/tab/`,
      scopes: ['personal'],
    });
    expect(manifest).toMatchObject({
      name: { short: 'Guildhall', full: 'Guildhall – community of practice' },
      accentColor: '#5B5FC7',
      permissions: ['identity', 'messageTeamMembers'],
      showLoadingIndicator: true,
      localizationInfo: {
        defaultLanguageTag: 'en-us',
        additionalLanguages: [{ languageTag: 'fr-fr', file: 'fr-fr.json' }],
      },
      developer: {
        name: 'Guildhall contributors',
        websiteUrl: `https://${HOST}/tab/#/about`,
        privacyUrl: `https://${HOST}/tab/#/privacy`,
        termsOfUseUrl: `https://${HOST}/tab/#/terms`,
      },
    });
  });

  it('translates the names, descriptions, tab and commands into French', () => {
    expect(french).toMatchObject({
      'name.short': 'Guildhall',
      'name.full': 'Guildhall – communauté de pratique',
      'staticTabs[0].name': 'Guildhall',
    });
    expect(french['description.full']).toMatch(/communauté de pratique/);
    for (const list of [0, 1, 2]) {
      const key = `bots[0].commandLists[${list}].commands`;
      expect(french[`${key}[0].title`]).toBe('aide');
      expect(french[`${key}[0].description`]).toBe('Ce que je sais faire');
      expect(french[`${key}[1].title`]).toBe('charte');
      expect(french[`${key}[1].description`]).toBe('Notre raison d’être, nos valeurs et nos rituels');
    }
  });

  it('ships a 192×192 colour icon and a 32×32 white-on-transparent outline', () => {
    const color = decodePng(files['color.png']!);
    const outline = decodePng(files['outline.png']!);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(pixel(color, 8, 96)).toEqual([...ACCENT, 255]); // the accent background
    expect(pixel(color, 0, 0)[3]).toBeLessThan(255); // rounded corner
    let drawn = 0;
    for (let p = 0; p < outline.data.length; p += 4) {
      const [r, g, b, a] = outline.data.subarray(p, p + 4);
      if (a === 0) continue;
      drawn++;
      expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(100);
    expect(pixel(outline, 0, 0)).toEqual([0, 0, 0, 0]);
  });

  it('commits exactly the icons that appPackage/icons/render-icons.ts draws', () => {
    const committed = (name: string) => decodePng(readFileSync(join(appPackageDir(), name)));
    expect(sameImage(committed('color.png'), renderColorIcon())).toBe(true);
    expect(sameImage(committed('outline.png'), renderOutlineIcon())).toBe(true);
  });

  it('zips exactly the four files at the archive root', () => {
    const entries = unzipSync(zipAppPackage(files));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'fr-fr.json', 'manifest.json', 'outline.png']);
    for (const [name, bytes] of Object.entries(entries))
      expect(Buffer.from(bytes).equals(Buffer.from(files[name]!))).toBe(true);
  });

  it('builds the same bytes every time, in any time zone', () => {
    const first = Buffer.from(zipAppPackage(buildFiles()));
    const second = Buffer.from(zipAppPackage(buildFiles()));
    expect(second.equals(first)).toBe(true);
    // Zip dates are local time; jest cannot change the zone in-process, so zip in a child process.
    const script = `
      const { zipAppPackage } = require('./bot/tools/app-package');
      const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
      const files = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, new Uint8Array(Buffer.from(v, 'base64'))]));
      process.stdout.write(Buffer.from(zipAppPackage(files)).toString('base64'));`;
    const input = JSON.stringify(
      Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    );
    for (const zone of ['Pacific/Chatham', 'America/Los_Angeles']) {
      const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
        cwd: projectRoot(),
        input,
        env: { ...process.env, TZ: zone },
      });
      expect(Buffer.from(out.toString(), 'base64').equals(first)).toBe(true);
    }
  });

  describe('reports an invalid package clearly', () => {
    it('when a URL is on a host missing from validDomains', async () => {
      const broken = withManifest(files, (m) => {
        m.developer.privacyUrl = 'https://elsewhere.example/privacy';
      });
      const { problems } = await validateAppPackage(broken);
      expect(problems).toEqual([
        `manifest.json: developer.privacyUrl https://elsewhere.example/privacy is on host "elsewhere.example", which is not in validDomains [${HOST}]`,
      ]);
    });

    it('when the short name is longer than 30 characters', async () => {
      const broken = withManifest(files, (m) => {
        m.name.short = 'G'.repeat(40);
      });
      const { problems } = await validateAppPackage(broken);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^manifest\.json: \/name\/short must NOT have more than 30 characters/);
    });

    it('when validDomains holds a URL instead of a host', async () => {
      const broken = withManifest(files, (m) => {
        m.validDomains = [`https://${HOST}/tab`];
      });
      const { problems } = await validateAppPackage(broken);
      expect(problems[0]).toBe(
        `manifest.json: validDomains[0] "https://${HOST}/tab" must be a host name such as guildhall.contoso.example (no scheme, path or query)`,
      );
      expect(problems.length).toBeGreaterThan(1); // and no URL host is covered any more
    });

    it('when the SSO resource does not end with the client id', async () => {
      const broken = withManifest(files, (m) => {
        m.webApplicationInfo!.resource = `api://${HOST}/${BOT_APP_ID}`;
      });
      const { problems } = await validateAppPackage(broken);
      expect(problems).toEqual([
        expect.stringMatching(/webApplicationInfo\.resource .* must be api:\/\/<host>\//),
      ]);
    });

    it('when a placeholder was left unfilled', async () => {
      const broken = withManifest(files, (m) => {
        m.name.full = 'Guildhall {{ORG_NAME}}';
      });
      expect((await validateAppPackage(broken)).problems).toEqual([
        'manifest.json: name.full still holds the placeholder {{ORG_NAME}}',
      ]);
    });

    it('when the $schema is not one bundled with @microsoft/app-manifest (no download is tried)', async () => {
      const broken = withManifest(files, (m) => {
        m.$schema = 'https://example.com/teams/v1.25/MicrosoftTeams.schema.json';
      });
      expect((await validateAppPackage(broken)).problems).toEqual([
        expect.stringMatching(/^manifest\.json: \$schema .* is not a Teams manifest schema bundled/),
      ]);
    });

    it('when the French file breaks the Localization schema or names a text the manifest lacks', async () => {
      const broken = {
        ...files,
        'fr-fr.json': new TextEncoder().encode(
          JSON.stringify({
            ...french,
            'name.short': 'N'.repeat(31),
            'staticTabs[3].name': 'Fantôme',
            'colour.accent': 'x',
          }),
        ),
      };
      const { problems } = await validateAppPackage(broken);
      expect(problems).toEqual(
        expect.arrayContaining([
          'fr-fr.json: /name.short must NOT have more than 30 characters',
          'fr-fr.json: (root) must NOT have additional properties: "colour.accent"',
          'fr-fr.json: "staticTabs[3].name" does not match any text in manifest.json',
        ]),
      );
    });

    it('when an icon has the wrong size or the outline has colour', async () => {
      const small = encodePng({ width: 96, height: 96, data: new Uint8Array(96 * 96 * 4).fill(255) });
      const outline = renderOutlineIcon();
      const tinted = { ...outline, data: Uint8Array.from(outline.data) };
      tinted.data.set([0x5b, 0x5f, 0xc7, 255], (5 * 32 + 7) * 4);
      const { problems } = await validateAppPackage({
        ...files,
        'color.png': small,
        'outline.png': encodePng(tinted),
      });
      expect(problems).toEqual([
        'color.png: icons.color must be 192×192 pixels, not 96×96',
        'outline.png: 1 pixels are neither white nor fully transparent (the first at x=7, y=5 is rgba(91, 95, 199, 255)); ' +
          'Teams requires a white glyph on a transparent background',
      ]);
    });

    it('when a named file is missing or an extra one is present', async () => {
      const { 'fr-fr.json': _french, ...rest } = files;
      const { problems } = await validateAppPackage({ ...rest, 'notes.txt': new Uint8Array([1]) });
      expect(problems).toEqual([
        'fr-fr.json: named in manifest.json but missing from the package',
        'notes.txt: in the package but manifest.json does not use it',
      ]);
    });
  });

  describe('in dev mode (no Entra apps configured)', () => {
    it('stands in stable ids, says which settings are missing, and still builds a valid package', async () => {
      const first = appPackageValues(loadConfig({}));
      const again = appPackageValues(loadConfig({}));
      expect(first.standIns).toEqual(['MICROSOFT_APP_ID', 'AAD_CLIENT_ID']);
      expect(again.values).toEqual(first.values);
      expect(first.values.botAppId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(first.values.botAppId).not.toBe(first.values.aadClientId);

      const devFiles = renderAppPackage(first.values);
      const report = await validateAppPackage(devFiles);
      expect(report.problems).toEqual([]);
      // The default PUBLIC_URL is http://localhost:3978, which Teams will not load a tab from.
      expect(report.warnings).toEqual([expect.stringMatching(/use http; Teams loads tabs only over https/)]);
      expect(readJson<Manifest>(devFiles, 'manifest.json').validDomains).toEqual(['localhost:3978']);
    });
  });
});

describe('PNG decoding', () => {
  /** Encodes with every PNG row filter (row y uses filter y mod 5), as image editors do. */
  function encodeWithAllFilters(image: RgbaImage): Buffer {
    const stride = image.width * 4;
    const raw = Buffer.alloc((stride + 1) * image.height);
    const at = (x: number, y: number) => (x < 0 || y < 0 ? 0 : image.data[y * stride + x]!);
    for (let y = 0; y < image.height; y++) {
      const filter = y % 5;
      raw[y * (stride + 1)] = filter;
      for (let x = 0; x < stride; x++) {
        const left = at(x - 4, y);
        const up = at(x, y - 1);
        const upLeft = at(x - 4, y - 1);
        const p = left + up - upLeft;
        const paeth =
          Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft)
            ? left
            : Math.abs(p - up) <= Math.abs(p - upLeft)
              ? up
              : upLeft;
        const predicted = [0, left, up, (left + up) >> 1, paeth][filter]!;
        raw[y * (stride + 1) + 1 + x] = (at(x, y) - predicted) & 0xff;
      }
    }
    const chunk = (type: string, body: Buffer) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(body.length);
      head.write(type, 4, 'latin1');
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0);
      return Buffer.concat([head, body, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(image.width, 0);
    ihdr.writeUInt32BE(image.height, 4);
    ihdr.set([8, 6, 0, 0, 0], 8);
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }

  it('reads back every row filter, so artwork saved by an editor is checked correctly', () => {
    // Noise exercises every predictor branch (Paeth's three choices, wrap-around below zero).
    let seed = 42;
    const noise = Uint8Array.from(
      { length: 37 * 23 * 4 },
      () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24,
    );
    for (const image of [renderOutlineIcon(), { width: 37, height: 23, data: noise }]) {
      expect(sameImage(decodePng(encodeWithAllFilters(image)), image)).toBe(true);
    }
  });

  it('refuses a format it cannot check rather than guessing', () => {
    const png = Buffer.from(encodePng(renderOutlineIcon()));
    png[25] = 3; // palette colour type (the IHDR CRC is not checked by the decoder)
    expect(() => decodePng(png)).toThrow(/unsupported PNG format/);
  });
});
