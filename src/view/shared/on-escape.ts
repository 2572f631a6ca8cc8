/** Escape closes a panel: one listener for every panel, so they all behave alike. */

/**
 * Call `action` when Escape is pressed inside `host` and nothing nearer handled it. A native <select>
 * keeps its own Escape (closing its list) unless `includeSelects` is true.
 */
export function onEscape(host: HTMLElement, action: () => void, { includeSelects = true } = {}): void {
  host.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (!includeSelects && e.composedPath()[0] instanceof HTMLSelectElement) return;
    e.preventDefault();
    action();
  });
}
