import { useEffect } from 'preact/hooks';
import type { Feature } from '../features/feature';

/**
 * Fetch the other screens soon after start, so they open even when the connection drops later:
 * one at a time when the browser is idle (all at once made one long task that kept a phone
 * from answering a tap: Lighthouse counted it as blocking time). Started again when the role
 * (and so the list of screens) changes.
 */
export function usePreloadScreens(mine: Feature[], role: string | undefined) {
  useEffect(() => {
    let stopped = false;
    const idle = (next: () => void) => {
      // Safari has no requestIdleCallback.
      if (typeof window.requestIdleCallback === 'function')
        window.requestIdleCallback(next, { timeout: 5000 });
      else setTimeout(next, 200);
    };
    const queue = [...mine];
    const step = () => {
      const f = queue.shift();
      if (stopped || !f) return;
      const preload = (f.component as { preload?: () => Promise<unknown> }).preload;
      if (!preload) return step();
      void preload()
        .catch(() => {})
        .then(() => idle(step));
    };
    const timer = window.setTimeout(() => idle(step), 1500);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [role]);
}
