// `npm run dev`: the server restarts when its code changes and the tab rebuilds on save.
// One command, two watchers; Ctrl+C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['vite', 'build', '--watch', '--config', 'tab/vite.config.mts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  }),
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'bot/src/index.ts'], { stdio: 'inherit' }),
];
const stop = (signal) => {
  for (const child of children) child.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => {
    if (code && code !== 0) {
      stop('SIGTERM');
      process.exitCode = code;
    }
  });
}
