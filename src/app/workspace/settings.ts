/** The settings record: one per browser, id `settings`. */
import { SETTINGS_ID, SETTINGS_KIND, type SettingsData } from './kinds';
import type { WorkRecord } from './record';

/** The settings record holding `data`, stamped `now`. */
export function settingsRecord(data: SettingsData, now: string): WorkRecord<SettingsData> {
  return { kind: SETTINGS_KIND.kind, id: SETTINGS_ID, version: SETTINGS_KIND.version, title: 'Settings', updatedAt: now, data };
}

/** The settings among loaded records, or empty settings when there are none. */
export function settingsFrom(records: readonly WorkRecord[]): SettingsData {
  const found = records.find((r) => r.kind === SETTINGS_KIND.kind && r.id === SETTINGS_ID);
  return (found?.data as SettingsData | undefined) ?? {};
}
