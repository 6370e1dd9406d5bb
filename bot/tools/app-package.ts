import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import Ajv04, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { zipSync } from 'fflate';
import type { Config } from '../src/config';
import { projectRoot } from '../src/paths';
import { decodePng, readPngHeader } from './png';

/**
 * Builds and checks the Teams app package: fills the appPackage/ templates from configuration,
 * validates the result against the Teams schemas bundled in @microsoft/app-manifest (offline), adds
 * the checks those schemas cannot express (domains, icons), and zips it reproducibly.
 * `npm run package` (bot/tools/package-app.ts) and tests/unit/app-package.test.ts both use it.
 */

/** What the template's placeholders are filled with. */
export interface AppPackageValues {
  /** Manifest `id`. */
  teamsAppId: string;
  /** The bot's Entra app id (`bots[0].botId`). */
  botAppId: string;
  /** The tab's SSO Entra app id (`webApplicationInfo.id`). */
  aadClientId: string;
  /** Public origin of the server: the tab, the website links and the SSO resource live there. */
  publicUrl: URL;
}

/** File name (at the archive root) → bytes. */
export type AppPackageFiles = Record<string, Uint8Array>;

/** Problems make the package unusable; warnings are worth reading but do not stop packaging. */
export interface AppPackageReport {
  problems: string[];
  warnings: string[];
}

/** Where the templates and icons live. */
export function appPackageDir(): string {
  return join(projectRoot(), 'appPackage');
}

/**
 * The values for a configuration. Without MICROSOFT_APP_ID or AAD_CLIENT_ID (dev mode) the ids are
 * stand-ins derived from the Teams app id, so the package still builds, and builds the same way
 * every time; `standIns` names the settings that were missing.
 */
export function appPackageValues(config: Config): { values: AppPackageValues; standIns: string[] } {
  const standIns: string[] = [];
  if (!config.bot) standIns.push('MICROSOFT_APP_ID');
  if (!config.sso) standIns.push('AAD_CLIENT_ID');
  return {
    values: {
      teamsAppId: config.teamsAppId,
      botAppId: config.bot?.appId ?? standInGuid(`bot:${config.teamsAppId}`),
      aadClientId: config.sso?.clientId ?? standInGuid(`aad:${config.teamsAppId}`),
      publicUrl: config.publicUrl,
    },
    standIns,
  };
}

/** A GUID made from a label: the same label always gives the same id (RFC 9562 version 8). */
export function standInGuid(label: string): string {
  const bytes = createHash('sha256').update(`guildhall dev stand-in ${label}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `{{NAME}}` → value, for every placeholder the templates may use. */
export function placeholderValues(values: AppPackageValues): Record<string, string> {
  return {
    TEAMS_APP_ID: values.teamsAppId,
    BOT_APP_ID: values.botAppId,
    AAD_CLIENT_ID: values.aadClientId,
    // URL.host keeps a non-default port: Teams SSO and the server's audience check both use it.
    PUBLIC_HOST: values.publicUrl.host.toLowerCase(),
    PUBLIC_URL: values.publicUrl.origin,
  };
}

/**
 * Reads manifest.json from `dir`, fills its placeholders, and adds the files it names (icons and
 * localization files, the latter filled too). A named file that is missing is left out, so that
 * {@link validateAppPackage} reports it.
 */
export function renderAppPackage(values: AppPackageValues, dir: string = appPackageDir()): AppPackageFiles {
  const fill = placeholderValues(values);
  const manifest = fillJson(readFileSync(join(dir, 'manifest.json'), 'utf8'), fill);
  const files: AppPackageFiles = { 'manifest.json': encodeJson(manifest) };
  const refs = referencedFiles(manifest);
  for (const name of refs.icons) {
    if (existsSync(join(dir, name))) files[name] = new Uint8Array(readFileSync(join(dir, name)));
  }
  for (const name of refs.localizations) {
    if (existsSync(join(dir, name))) {
      files[name] = encodeJson(fillJson(readFileSync(join(dir, name), 'utf8'), fill));
    }
  }
  return files;
}

/** The zip Teams uploads: files at the root, a fixed date, so the same files give the same bytes. */
export function zipAppPackage(files: AppPackageFiles): Uint8Array {
  // fflate writes the DOS date from the local-time getters of the Date, so a Date built from local
  // parts reads back the same in every time zone.
  const mtime = new Date(2025, 0, 1, 0, 0, 0);
  const names = Object.keys(files).sort((a, b) =>
    a === 'manifest.json' ? -1 : b === 'manifest.json' ? 1 : a < b ? -1 : 1,
  );
  const entries: Record<string, Uint8Array> = {};
  for (const name of names) entries[name] = files[name]!;
  return zipSync(entries, { level: 9, mtime });
}

/**
 * Checks a package the way Teams would, and more: manifest.json against the schema its `$schema`
 * names (bundled, no network), each localization file against the matching Localization schema and
 * against the manifest's texts, every URL's host against validDomains, the SSO resource, the icons'
 * sizes, the outline icon's colours, and that the package holds exactly the files the manifest names.
 */
export async function validateAppPackage(files: AppPackageFiles): Promise<AppPackageReport> {
  const problems: string[] = [];
  const warnings: string[] = [];

  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) return { problems: ['manifest.json: missing from the package'], warnings };
  const manifest = parseJson('manifest.json', manifestBytes, problems);
  if (!isObject(manifest)) {
    if (manifest !== undefined) problems.push('manifest.json: must be a JSON object');
    return { problems, warnings };
  }

  for (const [name, bytes] of Object.entries(files)) {
    if (name.includes('/') || name.includes('\\')) {
      problems.push(`${name}: must sit at the root of the package (Teams does not look in folders)`);
    }
    if (name.endsWith('.json')) {
      walkStrings(name === 'manifest.json' ? manifest : parseJson(name, bytes, []), '', (path, text) => {
        const left = text.match(/\{\{[A-Z0-9_]+\}\}/);
        if (left) problems.push(`${name}: ${path} still holds the placeholder ${left[0]}`);
      });
    }
  }

  const version = await checkManifestSchema(manifest, problems);
  const refs = referencedFiles(manifest);
  const named = new Set(['manifest.json', ...refs.icons, ...refs.localizations]);
  for (const name of named)
    if (!files[name]) problems.push(`${name}: named in manifest.json but missing from the package`);
  for (const name of Object.keys(files)) {
    if (!named.has(name)) problems.push(`${name}: in the package but manifest.json does not use it`);
  }

  for (const name of refs.localizations) {
    const bytes = files[name];
    if (bytes) checkLocalization(name, bytes, manifest, version, problems, warnings);
  }
  checkDomains(manifest, problems, warnings);
  checkIcons(manifest, files, problems);
  return { problems, warnings };
}

// ---------------------------------------------------------------------------------------------

const TEAMS_SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/i;

/** Where @microsoft/app-manifest keeps the Teams schemas of one version. */
function bundledSchemaDir(version: string): string {
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return join(root, 'build', 'json-schemas', 'teams', `v${version}`);
}

/** Validates against the bundled schema; returns the manifest version when one was found. */
async function checkManifestSchema(
  manifest: Record<string, unknown>,
  problems: string[],
): Promise<string | undefined> {
  const schemaUrl = manifest['$schema'];
  const version = typeof schemaUrl === 'string' ? TEAMS_SCHEMA_URL.exec(schemaUrl)?.[1] : undefined;
  // The library downloads schemas it does not bundle; packaging must work offline, so refuse those.
  if (!version || !existsSync(join(bundledSchemaDir(version), 'MicrosoftTeams.schema.json'))) {
    problems.push(
      `manifest.json: $schema ${JSON.stringify(schemaUrl)} is not a Teams manifest schema bundled with ` +
        '@microsoft/app-manifest (expected https://developer.microsoft.com/json-schemas/teams/vX.Y/MicrosoftTeams.schema.json)',
    );
    return undefined;
  }
  if (manifest['manifestVersion'] !== version) {
    problems.push(
      `manifest.json: manifestVersion ${JSON.stringify(manifest['manifestVersion'])} differs from the $schema version ${version}`,
    );
  }
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
  for (const error of errors) problems.push(`manifest.json: ${error.trim()}`);
  return version;
}

/** Localization validators by manifest version: compiling the schema is the slow part. */
const localizationValidators = new Map<string, ValidateFunction>();

function localizationValidator(version: string): ValidateFunction | undefined {
  const cached = localizationValidators.get(version);
  if (cached) return cached;
  const file = join(bundledSchemaDir(version), 'MicrosoftTeams.Localization.schema.json');
  if (!existsSync(file)) return undefined;
  // The schema is draft-04, and some of its patterns (`\b` inside brackets) are not valid with the
  // `u` flag that ajv uses by default.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri']);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  localizationValidators.set(version, validate);
  return validate;
}

function checkLocalization(
  name: string,
  bytes: Uint8Array,
  manifest: Record<string, unknown>,
  version: string | undefined,
  problems: string[],
  warnings: string[],
): void {
  const strings = parseJson(name, bytes, problems);
  if (!isObject(strings)) {
    if (strings !== undefined) problems.push(`${name}: must be a JSON object`);
    return;
  }
  const validate = version ? localizationValidator(version) : undefined;
  if (validate && !validate(strings)) {
    for (const error of validate.errors ?? []) problems.push(`${name}: ${describeAjvError(error)}`);
  }
  if (
    version &&
    typeof strings['$schema'] === 'string' &&
    !strings['$schema'].includes(`/v${version}/MicrosoftTeams.Localization.schema.json`)
  ) {
    warnings.push(
      `${name}: $schema ${strings['$schema']} is not the v${version} Localization schema the manifest uses`,
    );
  }
  // Teams silently ignores a key that points at nothing, so a typo would leave English on screen.
  for (const key of Object.keys(strings)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    if (typeof lookup(manifest, key) !== 'string') {
      problems.push(`${name}: "${key}" does not match any text in manifest.json`);
    }
  }
}

function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  return `${where} ${error.message ?? 'is invalid'}${extra ? `: "${extra}"` : ''}`;
}

/** Every absolute URL in the manifest must be on a valid domain; validDomains holds hosts only. */
function checkDomains(manifest: Record<string, unknown>, problems: string[], warnings: string[]): void {
  const domains = Array.isArray(manifest['validDomains'])
    ? manifest['validDomains'].filter((d): d is string => typeof d === 'string')
    : [];
  domains.forEach((domain, i) => {
    if (
      !/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i.test(domain)
    ) {
      problems.push(
        `manifest.json: validDomains[${i}] "${domain}" must be a host name such as guildhall.contoso.example ` +
          '(no scheme, path or query)',
      );
    }
  });

  const insecure: string[] = [];
  walkStrings(manifest, '', (path, text) => {
    // validDomains entries are hosts, checked above; $schema is never loaded by Teams.
    if (path === '$schema' || path.startsWith('validDomains[') || !/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
      return;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      problems.push(`manifest.json: ${path} "${text}" is not a valid URL`);
      return;
    }
    if (url.protocol === 'http:') insecure.push(path);
    if (!domains.some((domain) => domainCovers(domain, url.host))) {
      problems.push(
        `manifest.json: ${path} ${text} is on host "${url.host}", which is not in validDomains ` +
          `[${domains.join(', ')}]`,
      );
    }
  });
  if (insecure.length > 0) {
    warnings.push(
      `manifest.json: ${insecure.join(', ')} use http; Teams loads tabs only over https, so set ` +
        'PUBLIC_URL to an https address (a dev tunnel, for instance) before uploading this package',
    );
  }

  // Teams SSO asks Entra ID for a token for this resource; it must be api://<domain>/<client id>.
  const app = manifest['webApplicationInfo'];
  if (isObject(app) && typeof app['resource'] === 'string' && typeof app['id'] === 'string') {
    const match = /^api:\/\/([^/]+)\/(.+)$/.exec(app['resource']);
    if (!match || match[2] !== app['id']) {
      problems.push(
        `manifest.json: webApplicationInfo.resource "${app['resource']}" must be api://<host>/${app['id']} ` +
          '(a host from validDomains, then webApplicationInfo.id)',
      );
    }
  }
}

/** Exact host (with port when the entry has one), or `*.domain` for any subdomain of it. */
function domainCovers(domain: string, host: string): boolean {
  const d = domain.toLowerCase();
  const h = host.toLowerCase();
  if (d.startsWith('*.')) return h.endsWith(d.slice(1)) && h.length > d.length - 1;
  return d === h;
}

/** Sizes Teams requires, and the outline rule: white where drawn, transparent elsewhere. */
function checkIcons(manifest: Record<string, unknown>, files: AppPackageFiles, problems: string[]): void {
  const icons = isObject(manifest['icons']) ? manifest['icons'] : {};
  const sizes: Record<string, number> = { color: 192, outline: 32, color32x32: 32 };
  for (const [role, size] of Object.entries(sizes)) {
    const name = icons[role];
    const bytes = typeof name === 'string' ? files[name] : undefined;
    if (typeof name !== 'string' || !bytes) continue; // schema and file checks report these
    let header;
    try {
      header = readPngHeader(bytes);
    } catch {
      problems.push(`${name}: icons.${role} must be a PNG file`);
      continue;
    }
    if (header.width !== size || header.height !== size) {
      problems.push(
        `${name}: icons.${role} must be ${size}×${size} pixels, not ${header.width}×${header.height}`,
      );
    }
    if (role === 'outline') checkOutlinePixels(name, bytes, problems);
  }
}

function checkOutlinePixels(name: string, bytes: Uint8Array, problems: string[]): void {
  let image;
  try {
    image = decodePng(bytes);
  } catch (error) {
    problems.push(`${name}: cannot check its colours: ${(error as Error).message}`);
    return;
  }
  const { width, data } = image;
  let wrong = 0;
  let drawn = 0;
  let first = '';
  for (let p = 0; p < data.length; p += 4) {
    const [r, g, b, a] = [data[p]!, data[p + 1]!, data[p + 2]!, data[p + 3]!];
    if (a === 0) continue;
    drawn++;
    if (r === 255 && g === 255 && b === 255) continue;
    if (wrong++ === 0)
      first = ` (the first at x=${(p / 4) % width}, y=${Math.floor(p / 4 / width)} is rgba(${r}, ${g}, ${b}, ${a}))`;
  }
  if (wrong > 0) {
    problems.push(
      `${name}: ${wrong} pixels are neither white nor fully transparent${first}; Teams requires a white glyph on a transparent background`,
    );
  }
  if (drawn === 0) problems.push(`${name}: the outline icon is fully transparent`);
}

// ---------------------------------------------------------------------------------------------

/** The icons and localization files a manifest names. */
function referencedFiles(manifest: unknown): { icons: string[]; localizations: string[] } {
  const icons: string[] = [];
  const localizations: string[] = [];
  if (!isObject(manifest)) return { icons, localizations };
  if (isObject(manifest['icons'])) {
    for (const value of Object.values(manifest['icons'])) if (typeof value === 'string') icons.push(value);
  }
  const info = manifest['localizationInfo'];
  if (isObject(info)) {
    if (typeof info['defaultLanguageFile'] === 'string') localizations.push(info['defaultLanguageFile']);
    if (Array.isArray(info['additionalLanguages'])) {
      for (const language of info['additionalLanguages']) {
        if (isObject(language) && typeof language['file'] === 'string') localizations.push(language['file']);
      }
    }
  }
  return { icons: [...new Set(icons)], localizations: [...new Set(localizations)] };
}

/** Parses a template and replaces placeholders inside its strings (so values never break JSON). */
function fillJson(text: string, fill: Record<string, string>): unknown {
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(/\{\{([A-Z0-9_]+)\}\}/g, (whole, key: string) => fill[key] ?? whole);
    }
    if (Array.isArray(value)) return value.map(replace);
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    return value;
  };
  return replace(JSON.parse(text));
}

function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n');
}

function parseJson(name: string, bytes: Uint8Array, problems: string[]): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch (error) {
    problems.push(`${name}: not valid UTF-8 JSON (${(error as Error).message})`);
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Visits every string with its path in the localization files' notation: `bots[0].scopes[1]`. */
function walkStrings(value: unknown, path: string, visit: (path: string, text: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, `${path}[${i}]`, visit));
  else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) walkStrings(item, path ? `${path}.${key}` : key, visit);
  }
}

/** Follows a localization key such as `bots[0].commandLists[1].commands[0].title`. */
function lookup(root: unknown, key: string): unknown {
  let node = root;
  for (const [, prop, index] of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (prop !== undefined) node = isObject(node) ? node[prop] : undefined;
    else node = Array.isArray(node) ? (node as unknown[])[Number(index)] : undefined;
  }
  return node;
}
