import { useEffect, useRef } from 'react';

/**
 * Calls `onVisible` when the returned sentinel element comes near the viewport, so the next page
 * loads before people reach the end. The "Show more" button stays for keyboards and for browsers
 * without IntersectionObserver.
 */
export function useInfiniteScroll<E extends Element>(onVisible: () => void, enabled: boolean) {
  const ref = useRef<E>(null);
  const callback = useRef(onVisible);
  useEffect(() => {
    callback.current = onVisible;
  });
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled]);
  return ref;
}
