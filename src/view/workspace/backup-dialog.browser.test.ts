// <backup-dialog> over a real Workspace in Chromium's IndexedDB: export a file, import one, preview, merge.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backupText, makeBackup, settingsRecord, type WorkRecord } from '../../app/workspace';
import { openIdbStore } from '../../platform/storage/idb-store';
import { Workspace } from '../../platform/storage/workspace';
import './backup-dialog';

const at = '2026-12-01T10:00:00.000Z';
const plan = (id: string, title: string): WorkRecord => ({ kind: 'plan', id, version: 3, title, updatedAt: at, data: { question: 'Q', corrections: {}, judgement: '', introduction: '', paragraphs: [], conclusion: '' } });
const open = (name: string) => Workspace.open({ open: () => openIdbStore(name), persist: async () => false, now: () => at });

afterEach(() => document.body.replaceChildren());

/** Catch the download link the dialog clicks, and read what it would save. */
function catchDownload(): Promise<{ name: string; text: string }> {
  return new Promise((resolve) => {
    const onClick = (e: MouseEvent) => {
      const a = e.target as HTMLAnchorElement;
      if (!(a instanceof HTMLAnchorElement) || !a.download) return;
      e.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(a.href).then(async (r) => resolve({ name: a.download, text: await r.text() }));
    };
    document.addEventListener('click', onClick, true);
  });
}

describe('<backup-dialog>', () => {
  it('is a labelled modal dialog whose controls all have names, and Escape closes it', async () => {
    const el = document.createElement('backup-dialog');
    el.workspace = await open(`dialog-a11y-${Date.now()}`);
    let closed = 0;
    el.addEventListener('backup-dialog-close', () => closed++);
    document.body.append(el);
    el.open = true;
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Backup');
    for (const b of el.shadowRoot!.querySelectorAll('button')) expect(b.textContent!.trim()).not.toBe('');
    const input = el.shadowRoot!.querySelector('input[type=file]')!;
    expect(input.closest('label')!.textContent).toContain('Backup file to import');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => closed).toBe(1);
    expect(el.open).toBe(false);
  });

  it('exports everything, then imports a backup with a conflict: preview, default keep both, merge', async () => {
    const mine = await open(`dialog-mine-${Date.now()}`);
    await mine.save(plan('a', 'Mine'));
    await mine.save(settingsRecord({ legendOpen: true }, at));
    const el = document.createElement('backup-dialog');
    el.workspace = mine;
    const imported: unknown[] = [];
    el.addEventListener('workspace-imported', (e) => imported.push((e as CustomEvent).detail));
    document.body.append(el);
    el.open = true;
    await el.updateComplete;

    const download = catchDownload();
    await userEvent.click(el.shadowRoot!.querySelector('button:not(.close)')!);
    const file = await download;
    expect(file.name).toMatch(/^allegiance-\d{4}-\d{2}-\d{2}\.allegiance\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'allegiance-backup', version: 1, records: [plan('a', 'Mine'), settingsRecord({ legendOpen: true }, at)] });
    await expect.poll(() => el.shadowRoot!.querySelector('[role=status]')!.textContent).toBe('Exported 2 records.');

    const theirs = backupText(makeBackup([plan('a', 'Theirs'), plan('n', 'New one'), { kind: 'plan', id: 'bad' } as unknown as WorkRecord], [], at));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([theirs], 'friend.allegiance.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    const table = () => el.shadowRoot!.querySelector('import-preview')?.shadowRoot?.querySelector('table');
    await expect.poll(() => table()?.querySelectorAll('tbody tr').length).toBe(3);
    expect(table()!.querySelector('caption')!.textContent).toBe('Import preview: 1 added, 1 conflict, 1 invalid');
    const cellText = (c: Element) => c.textContent!.replace(c.querySelector('.why')?.textContent ?? '', '').trim();
    const rows = [...table()!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].slice(0, 3).map(cellText));
    expect(rows).toEqual([['Theirs', 'plan', 'Conflict'], ['New one', 'plan', 'Added'], ['bad', 'plan', 'Invalid']]);
    const select = table()!.querySelector('select')!;
    expect(select.getAttribute('aria-label')).toBe('What to do with “Theirs”');
    expect(select.value).toBe('keep-both');

    await userEvent.click([...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Merge into my saved work')!);
    await expect.poll(() => imported.length).toBe(1);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).toBe('Merged: 1 added, 0 updated, 1 kept both (the imported copy renamed), 0 unchanged, 1 invalid kept aside.');
    expect((await mine.loadAll('plan')).map((r) => r.title)).toEqual(['Mine', 'Theirs (imported)', 'New one']);
    expect((await mine.quarantined()).map((q) => q.id)).toEqual(['bad']);
  });

  it('a file that is not a backup changes nothing and says why', async () => {
    const ws = await open(`dialog-bad-${Date.now()}`);
    const el = document.createElement('backup-dialog');
    el.workspace = ws;
    document.body.append(el);
    el.open = true;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    const dt = new DataTransfer();
    dt.items.add(new File(['{"format":"something-else"}'], 'wrong.json'));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await expect.poll(() => el.shadowRoot!.querySelector('[role=status]')!.textContent).toBe('Nothing imported: this is not an Allegiance backup (its "format" is not "allegiance-backup").');
    expect(el.shadowRoot!.querySelector('import-preview')).toBeNull();
  });
});
