/**
 * The service worker of the installed, offline app (built by vite-plugin-pwa, src/vite/offline.ts), registered
 * through workbox-window. A new version never takes over by itself: `onUpdate` is told, and only `apply()` (the
 * teacher's "Reload") activates it and reloads the page once it controls it.
 */
import { Workbox } from 'workbox-window';

export interface OfflineApp {
  /** Activate the waiting version and reload when it has taken over. */
  apply(): void;
}

/** Whether this page can have a service worker: a built app served over http(s) (not the dev server, not file://). */
export function offlineSupported(): boolean {
  return import.meta.env.PROD && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol);
}

/**
 * Register the service worker; `onUpdate` is called when a new version has installed and waits. Returns null
 * where there is none (see offlineSupported); a failed registration is reported to `onError` and the app runs on.
 */
export function registerOffline(onUpdate: (app: OfflineApp) => void, onError: (message: string) => void): OfflineApp | null {
  if (!offlineSupported()) return null;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  const app: OfflineApp = {
    apply() {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    },
  };
  wb.addEventListener('waiting', () => onUpdate(app));
  wb.register().catch((err: unknown) => onError(err instanceof Error ? err.message : String(err)));
  return app;
}
