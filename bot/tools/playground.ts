import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../src/config';
import { compose, type App } from '../src/index';
import { projectRoot } from '../src/paths';
import { DEMO_MEMBERS, DEMO_PLAYGROUND_USER } from '../src/seed/demo-community';
import { appPackageValues } from './app-package';

/**
 * `npm run playground`: Guildhall and the Microsoft 365 Agents Playground in one command, so anyone
 * can chat with the bot in a browser, without Teams or a tunnel. The playground posts activities to
 * /api/messages without Bot Framework tokens, so this runs in dev mode only. The playground's internal
 * HTTP/WebSocket API is undocumented: @microsoft/m365agentsplayground stays pinned (0.2.28).
 */

/** The playground's own default port. */
export const DEFAULT_PLAYGROUND_PORT = 56150;

/** The file the playground reads from its working folder. */
export const PLAYGROUND_CONFIG_FILE = '.m365agentsplayground.yml';

/** A user as the playground's config file describes one (`userPrincipleName` is its spelling). */
export type PlaygroundUser = {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
};

/** The playground's config file, format 0.1.1 (its JSON schema asks for exactly five other users). */
export type PlaygroundConfigFile = {
  version: '0.1.1';
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: { id: string; name: string }[] };
};

/**
 * The playground's world for a configuration: the demo tenant, the demo admin as the current user
 * (so replies come in the language she chose) and five other demo members. The ids are fixed, so
 * Guildhall keeps one conversation reference per chat across runs (and greets once, as in Teams).
 */
export function playgroundConfig(config: Config): PlaygroundConfigFile {
  const others = DEMO_MEMBERS.filter((m) => m.id !== DEMO_PLAYGROUND_USER.id).slice(0, 5);
  return {
    version: '0.1.1',
    tenantId: config.dev.tenantId,
    // Teams addresses a bot as 28:<bot app id>; in dev mode that is the app package's stand-in id.
    bot: { id: `28:${appPackageValues(config).values.botAppId}`, name: 'Guildhall' },
    currentUser: playgroundUser(DEMO_PLAYGROUND_USER),
    users: others.map(playgroundUser),
    personalChat: { id: 'a:guildhall-playground-personal-chat' },
    groupChat: { id: '19:guildhall-playground-group-chat@thread.v2', name: 'Data & AI friends' },
    team: {
      id: '19:guildhall-playground-team@thread.tacv2',
      name: 'Data & AI community',
      aadGroupId: 'c0ffee00-0000-4000-8000-0000000000f1',
      channels: [{ id: '19:guildhall-playground-show-and-tell@thread.tacv2', name: 'Show & tell' }],
    },
  };
}

/** The config file's text: laid out like the playground's own template, every scalar double-quoted. */
export function playgroundConfigYaml(config: Config): string {
  return [
    '# Written by `npm run playground` (bot/tools/playground.ts) at each start: edit that file instead.',
    '# yaml-language-server: $schema=https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json',
    ...yamlLines(playgroundConfig(config), ''),
    '',
  ].join('\n');
}

function playgroundUser(member: { id: string; name: string }): PlaygroundUser {
  const [givenName = member.name, ...rest] = member.name.split(' ');
  const email = `${asciiSlug(member.name)}@guildhall.example`;
  return {
    id: member.id,
    name: member.name,
    userPrincipleName: email,
    aadObjectId: member.id,
    givenName,
    surname: rest.join(' ') || givenName,
    email,
  };
}

/** "Inès Benali" → "ines.benali": e-mail addresses stay ASCII. */
function asciiSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

type YamlMap = { [key: string]: string | YamlMap | YamlMap[] };

function yamlLines(map: YamlMap, indent: string): string[] {
  return Object.entries(map).flatMap(([key, value]) => {
    // A JSON string is a valid YAML double-quoted scalar (same escapes), so no value needs care.
    if (typeof value === 'string') return [`${indent}${key}: ${JSON.stringify(value)}`];
    if (Array.isArray(value)) {
      if (value.length === 0) return [`${indent}${key}: []`];
      return [
        `${indent}${key}:`,
        ...value.flatMap((item) => {
          const [first = '{}', ...more] = yamlLines(item, `${indent}    `);
          return [`${indent}  - ${first.trimStart()}`, ...more];
        }),
      ];
    }
    if (Object.keys(value).length === 0) return [`${indent}${key}: {}`];
    return [`${indent}${key}:`, ...yamlLines(value, `${indent}  `)];
  });
}

/** How to start the playground. */
export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** The playground's port; 0 picks a free one. When the port is taken, the playground picks another. */
  port: number;
  /** Its working folder: it reads .m365agentsplayground.yml there and writes devTools/ logs. */
  cwd: string;
  /** Let the playground open the default browser (off by default: tests and headless machines). */
  openBrowser?: boolean;
  /** Receives each line the playground prints or logs. */
  onOutput?: (line: string) => void;
  /** Give up (and stop it) when it is not ready within this time. */
  startTimeoutMs?: number;
}

/** A started playground, ready to be opened in a browser or driven through its internal API. */
export interface RunningPlayground {
  child: ChildProcess;
  /** The port it actually listens on (on every interface). */
  port: number;
  /** Its web UI, e.g. http://localhost:56150. */
  url: string;
  /** Settles with the exit code (or the signal's name) once the process has exited, for any reason. */
  exited: Promise<number | string>;
  /** Stops it (SIGTERM, then SIGKILL after 5 s) and waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts the Agents Playground CLI from node_modules, pointed at a bot endpoint (Teams channel, no
 * telemetry), and resolves once its API answers. Rejects, with its last output, if it exits first or
 * is not ready in time.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const { botEndpoint, port, cwd, openBrowser = false, onOutput = () => {} } = options;
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const logFile = join(cwd, 'devTools', 'm365agentsplayground.log');
  // The playground deletes its log at start; deleting it first means we never replay an old run.
  rmSync(logFile, { force: true });

  const recent: string[] = [];
  const output = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    onOutput(line);
  };

  const child = spawn(
    process.execPath,
    [cli, '-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The child gets our environment, as by default, plus fixed paths for its config and log, so
      // variables a developer set for another playground do not redirect this one.
      env: {
        ...process.env,
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(cwd, PLAYGROUND_CONFIG_FILE),
        M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
        ...(openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }),
      },
    },
  );
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.once('error', (error) => {
      output(`could not start: ${error.message}`);
      resolve('spawn-error');
    });
  });

  // Without a terminal the playground prints only "Listening on <port>" and sends everything else,
  // errors included, to its log file: follow that file to show what it says.
  let level = 'log';
  const log = followFile(logFile, (line) => {
    // Lines start with their console level; a line without one continues the previous message.
    const match = /^(log|info|warn|error|debug) (.*)$/.exec(line);
    if (match) {
      level = match[1] ?? 'log';
      line = match[2] ?? '';
    }
    // Debug lines dump every activity as JSON, plus telemetry: too much to read while chatting.
    if (level === 'debug') return;
    output(level === 'warn' || level === 'error' ? `${level}: ${line}` : line);
  });
  void exited.then(() => log.stop());

  let listening: (port: number) => void = () => {};
  const actualPort = new Promise<number>((resolve) => (listening = resolve));
  createInterface({ input: child.stderr }).on('line', output);
  createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /^Listening on (\d+)$/.exec(line.trim());
    // The same line is in the log file, which shows it.
    if (match) listening(Number(match[1]));
    else output(line);
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await exited;
  };

  const timeoutMs = options.startTimeoutMs ?? 20_000;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    actualPort.then((p) => waitUntilServing(p, exited)),
    exited.then((code) => `exited during start-up (${code})`),
    new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`was not ready after ${timeoutMs} ms`), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (typeof outcome === 'number') {
    log.flush(); // what it said while starting comes before what the caller prints next
    return { child, port: outcome, url: `http://localhost:${outcome}`, exited, stop };
  }
  await stop();
  log.stop(); // reads the last lines it logged, which say why
  const last = recent.length > 0 ? `\nIts last output:\n  ${recent.join('\n  ')}` : '';
  throw new Error(`The Agents Playground ${outcome}.${last}`);
}

/**
 * "Listening on" is printed before the playground reads its config file (and exits if the file is
 * invalid); its API answers only once the file is loaded, so that is when it is ready.
 */
async function waitUntilServing(port: number, exited: Promise<number | string>): Promise<number | string> {
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/_internal/v1/config`, {
        signal: AbortSignal.timeout(2000),
      });
      await response.body?.cancel();
      if (response.ok) return port;
    } catch {
      // Not accepting connections yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return `exited during start-up (${await exited})`;
}

/** Reads lines appended to a file (which may not exist yet, or be recreated) until stopped. */
function followFile(path: string, onLine: (line: string) => void): { flush(): void; stop(): void } {
  let offset = 0;
  let partial = '';
  const read = () => {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return; // not written yet
    }
    if (size < offset) offset = 0; // recreated
    if (size === offset) return;
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(path, 'r');
    try {
      offset += readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(fd);
    }
    const lines = (partial + buffer.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') onLine(line);
  };
  const timer = setInterval(read, 200);
  let stopped = false;
  return {
    flush: read,
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      read();
      if (partial.trim() !== '') onLine(partial);
    },
  };
}

/** The address Guildhall's bot endpoint is reached at, from the interface it listens on. */
function botEndpointOf(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}/api/messages`;
}

const USAGE = `Usage: npm run playground [-- [--port <port>] [--open]]

Starts Guildhall (configured like npm start, in dev mode) and the Microsoft 365 Agents Playground
pointed at its bot endpoint. Ctrl+C stops both.

  --port <port>  the playground's port (default ${DEFAULT_PLAYGROUND_PORT}; 0 picks a free one)
  --open         let the playground open your default browser
  --help         show this help`;

/** Runs the tool; resolves with the process exit code once both sides have stopped. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let args: { port: number; open: boolean };
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: String(DEFAULT_PLAYGROUND_PORT) },
        open: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port: "${values.port}" is not a port`);
    args = { port, open: values.open };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }

  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${error.message}\nSee the configuration table in README.md.`);
      return 1;
    }
    throw error;
  }
  if (config.bot) {
    console.error(
      'MICROSOFT_APP_ID is set, so the bot requires Bot Framework tokens, which the Agents Playground ' +
        'does not send. The playground is for dev mode only: unset MICROSOFT_APP_ID (and its password).',
    );
    return 1;
  }
  const allowed = config.sso?.allowedTenants;
  if (allowed && allowed !== '*' && !allowed.includes(config.dev.tenantId)) {
    console.error(
      `The playground chats from DEV_TENANT_ID (${config.dev.tenantId}), which ALLOWED_TENANT_IDS does ` +
        'not include, so the bot would refuse it: add it there, or unset AAD_CLIENT_ID.',
    );
    return 1;
  }
  if (!config.seedDemo) {
    console.warn('SEED_DEMO is off: without the demo community, the bot answers that it is not set up.');
  }

  const cwd = join(projectRoot(), '.data', 'playground');
  mkdirSync(cwd, { recursive: true });
  writeFileSync(join(cwd, PLAYGROUND_CONFIG_FILE), playgroundConfigYaml(config));

  let app: App | undefined;
  let playground: RunningPlayground | undefined;
  try {
    app = await compose(config);
    const server = app.server;
    await new Promise<void>((resolve, reject) => {
      // restify re-emits the HTTP server's errors (EADDRINUSE...) on itself, and throws if none listens.
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address();
    app.logger.info(
      { url: `http://${config.host}:${port}` },
      'Guildhall is up (dev mode, for the playground)',
    );

    playground = await startPlayground({
      botEndpoint: botEndpointOf(config.host, port),
      port: args.port,
      cwd,
      openBrowser: args.open,
      onOutput: (line) => console.log(`[playground] ${line}`),
    });
  } catch (error) {
    console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Is Guildhall already running (npm start, npm run dev)? Stop it, or set PORT.`);
    }
    await stopGuildhall(app);
    return 1;
  }

  if (playground.port !== args.port && args.port !== 0) {
    console.warn(`Port ${args.port} is taken: the playground chose ${playground.port}.`);
  }
  const { name, language } = DEMO_PLAYGROUND_USER;
  const reads = language === 'fr' ? 'French' : 'English';
  console.log(
    [
      '',
      `  Open ${playground.url} in your browser to chat with Guildhall.`,
      '  Pick the personal chat and type "help" (or "aide").',
      `  You are ${name}, the demo admin, who reads Guildhall in ${reads}.`,
      '  Ctrl+C stops Guildhall and the playground.',
      '',
    ].join('\n'),
  );

  // Whichever stops first (a signal, the playground, Guildhall's server) stops the other.
  const reason = await new Promise<{ code: number; why: string }>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => resolve({ code: 0, why: signal });
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    void playground.exited.then((code) =>
      // Ctrl+C in a terminal reaches the playground too (same process group): that is no failure.
      code === 'SIGINT'
        ? resolve({ code: 0, why: 'SIGINT' })
        : resolve({ code: 1, why: `the playground exited unexpectedly (${code})` }),
    );
    app.server.once('close', () => resolve({ code: 1, why: "Guildhall's server closed" }));
    app.server.once('error', (error: Error) =>
      resolve({ code: 1, why: `Guildhall's server failed: ${error.message}` }),
    );
  });
  console.log(`Stopping (${reason.why})...`);
  // A second Ctrl+C during shutdown should not kill us before the store is closed.
  process.on('SIGINT', () => {});
  await Promise.all([playground.stop(), stopGuildhall(app)]);
  console.log('Stopped.');
  return reason.code;
}

async function stopGuildhall(app: App | undefined): Promise<void> {
  if (!app) return;
  const server = app.server;
  if (server.server.listening) {
    // The playground keeps connections alive; no request of ours needs to finish.
    server.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
  }
  await app.close();
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
}
