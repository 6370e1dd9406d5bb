import { useSyncExternalStore } from 'react';

/** One shared minute clock for every relative time on screen ("2 minutes ago" moves on its own). */
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = Date.now();
    listeners.forEach((notify) => notify());
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The time now, updated every half minute while something shows it. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
