// WorkspaceController on a real element and a real IndexedDB: start-up read, settings saved and confirmed, failure shown.
import { LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { openIdbStore } from '../../platform/storage/idb-store';
import type { RecordStore } from '../../platform/storage/record-store';
import { Workspace } from '../../platform/storage/workspace';
import { WorkspaceController } from './workspace-controller';

class HostElement extends LitElement {}
customElements.define('workspace-controller-host', HostElement);

afterEach(() => document.body.replaceChildren());

describe('WorkspaceController', () => {
  it('reads settings at start-up and saves a change (read back: Saved)', async () => {
    const name = `controller-${Date.now()}`;
    const host = document.body.appendChild(new HostElement());
    const first = new WorkspaceController(host, () => Workspace.open({ open: () => openIdbStore(name), persist: async () => false }));
    await first.ready;
    expect(first.settings).toEqual({});
    // A <graph-legend> toggle deep inside the host is saved as a setting.
    const child = host.appendChild(document.createElement('div'));
    child.dispatchEvent(new CustomEvent('legend-toggle', { detail: { open: false }, bubbles: true, composed: true }));
    await expect.poll(() => first.saveState).toBe('saved');
    expect(first.settings).toEqual({ legendOpen: false });
    first.workspace!.store.close();
    const second = new WorkspaceController(host, () => Workspace.open({ open: () => openIdbStore(name), persist: async () => false }));
    await second.ready;
    expect(second.settings).toEqual({ legendOpen: false });
  });

  it('a refused write shows Not saved with the reason, and Retry tries again', async () => {
    const inner = await openIdbStore(`controller-full-${Date.now()}`);
    let full = true;
    const store: RecordStore = Object.assign(Object.create(inner) as RecordStore, {
      put: async (k: string, v: unknown) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        return inner.put(k, v);
      },
    });
    const host = document.body.appendChild(new HostElement());
    const c = new WorkspaceController(host, async () => new Workspace(store, { persist: async () => false }));
    await c.saveSettings({ legendOpen: true });
    expect(c.saveState).toBe('not-saved');
    expect(c.saveReason).toMatch(/^the browser’s storage for this site is full/);
    full = false;
    await c.retry();
    expect(c.saveState).toBe('saved');
  });
});
