import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError, loadConfig, type Config } from '../src/config';
import { projectRoot } from '../src/paths';
import {
  appPackageDir,
  appPackageValues,
  placeholderValues,
  renderAppPackage,
  validateAppPackage,
  zipAppPackage,
} from './app-package';

/**
 * `npm run package`: builds appPackage/build/guildhall.zip, the Teams app package, from the
 * templates in appPackage/ and the server's configuration (read through loadConfig, like the
 * server). It refuses to write a package that fails validation, and lists every problem.
 */
export async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  const { values, standIns } = appPackageValues(config);
  const files = renderAppPackage(values);
  const report = await validateAppPackage(files);

  console.log('Teams app package values:');
  for (const [name, value] of Object.entries(placeholderValues(values))) {
    const standIn = (name === 'BOT_APP_ID' && !config.bot) || (name === 'AAD_CLIENT_ID' && !config.sso);
    console.log(`  ${name.padEnd(14)}${value}${standIn ? '  (dev stand-in)' : ''}`);
  }

  const warnings = [...report.warnings];
  if (standIns.length > 0) {
    const missing = `${standIns.join(' and ')} ${standIns.length > 1 ? 'are' : 'is'}`;
    const broken = standIns.map((name) => (name === 'MICROSOFT_APP_ID' ? 'the bot' : 'SSO')).join(' and ');
    warnings.unshift(
      `Dev mode: ${missing} not set, so the package uses stand-in ids derived from TEAMS_APP_ID. ` +
        `No Entra app has those ids, so ${broken} cannot work in Teams: this package cannot be sideloaded ` +
        `for real until ${missing} set.`,
    );
  }
  // Teams asks Entra ID for tokens for the manifest's resource, while the API checks audiences
  // against AAD_APP_ID_URI when that is set: two sources for one value, so say when they disagree.
  const resource = readResource(files['manifest.json']);
  const configuredUri = config.sso?.audiences.find((audience) => audience !== config.sso?.clientId);
  if (resource && configuredUri && configuredUri !== resource) {
    warnings.push(
      `AAD_APP_ID_URI is ${configuredUri}, but the manifest's webApplicationInfo.resource is ${resource}: ` +
        "the Entra app's Application ID URI must be the latter for Teams SSO, and the API accepts only the former.",
    );
  }
  for (const warning of warnings) console.warn(`\nWARNING: ${warning}`);

  if (report.problems.length > 0) {
    console.error(
      `\nThe app package is invalid (${report.problems.length} problem${report.problems.length > 1 ? 's' : ''}):`,
    );
    for (const problem of report.problems) console.error(`  - ${problem}`);
    console.error(
      `\nNothing was written. Fix the templates in ${relative(process.cwd(), appPackageDir()) || '.'} or the configuration.`,
    );
    return 1;
  }

  const zip = zipAppPackage(files);
  const outDir = join(projectRoot(), 'appPackage', 'build');
  const outFile = join(outDir, 'guildhall.zip');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outFile, zip);
  console.log(
    `\nWrote ${relative(process.cwd(), outFile)} (${zip.length} bytes, sha256 ${createHash('sha256').update(zip).digest('hex')})`,
  );
  for (const [name, bytes] of Object.entries(files)) console.log(`  ${name.padEnd(14)}${bytes.length} bytes`);
  return 0;
}

function readResource(manifest: Uint8Array | undefined): string | undefined {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(manifest)) as {
      webApplicationInfo?: { resource?: unknown };
    };
    const resource = parsed.webApplicationInfo?.resource;
    return typeof resource === 'string' ? resource : undefined;
  } catch {
    return undefined; // an unreadable manifest is already in the validation report
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
