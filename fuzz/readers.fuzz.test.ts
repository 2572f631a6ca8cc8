/** The saved-work doors: backup files, plan files and links, and records read back from storage. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../src/app/planner/plan';
import { readPlanUrl } from '../src/app/planner/plan-url';
import { planJson, readPlanJson } from '../src/app/planner/share';
import { lessonJson, readLessonJson } from '../src/app/classroom/lesson-export';
import { backupText, makeBackup, parseBackup } from '../src/app/workspace/backup';
import { previewImport } from '../src/app/workspace/merge';
import { readRecord } from '../src/app/workspace/read-record';
import type { WorkRecord } from '../src/app/workspace/record';
import { fuzz, hostileText, mangled } from './fuzz-config';

const NOW = '2026-12-01T19:00:00.000Z';
const plan: WorkRecord = { kind: 'plan', id: 'p1', version: 2, title: 'How far was Stalin’s victory…', updatedAt: NOW, data: emptyPlan('How far was Stalin’s victory due to the Secretariat?') };
const settings: WorkRecord = { kind: 'settings', id: 'settings', version: 1, title: 'Settings', updatedAt: NOW, data: { legendOpen: true } };
const backup = backupText(makeBackup([plan, settings], [], NOW));
const planFile = planJson(plan.title, plan.data as never);
const lessonFile = lessonJson('Stalin’s rise', { summary: 'Why Stalin won', steps: [{ caption: '1924', note: 'Lenin dies', view: { year: 1924, selected: 'stalin' }, excerpts: [] }] } as never);

/** JSON values of any shape, with the fields the readers look at (kind, version, data, format…) mixed in. */
const field = fc.constantFrom('kind', 'id', 'version', 'title', 'updatedAt', 'data', 'format', 'records', 'quarantine', 'plan', 'exportedAt', '__proto__', 'constructor');
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), hostileText, fc.constantFrom(1, 2, 999, -1, 0.5, 'plan', 'settings', NOW, 'allegiance-backup', 'allegiance-plan'), tie('object'), fc.array(tie('value'), { maxLength: 4 })),
  object: fc.dictionary(field, tie('value'), { maxKeys: 7 }),
})).value;
/** A valid record with one field replaced by any value. */
const damagedRecord = fc.tuple(fc.constantFrom(plan, settings), field, json).map(([r, k, v]) => ({ ...r, [k]: v }));

function checkText(result: { ok: true } | { ok: false; reason: string }): void {
  if (!result.ok) {
    expect(result.reason.length).toBeGreaterThan(0);
    expect(result.reason.length).toBeLessThan(2000);
  }
}

describe('fuzz: saved-work readers', () => {
  it('backup files: mangled, any JSON, any text → a backup whose preview works, or a reason; never a throw', () => {
    const texts = fc.oneof(mangled(backup), json.map((v) => JSON.stringify(v) ?? ''), hostileText, damagedRecord.map((r) => backupText(makeBackup([r as WorkRecord], [], NOW))));
    fuzz('backup files', texts, (text) => {
      const parsed = parseBackup(text);
      checkText(parsed);
      if (parsed.ok) {
        const preview = previewImport([plan], parsed.backup);
        for (const row of preview.rows) expect(row.action).toEqual(expect.any(String));
      }
    }, 400);
  }, 60_000);

  it('plan files: mangled, any JSON → a plan or a reason naming where it is damaged', () => {
    fuzz('plan files', fc.oneof(mangled(planFile), json.map((v) => JSON.stringify(v) ?? '')), (text) => checkText(readPlanJson(text)), 400);
  }, 60_000);

  it('lesson files: mangled, any JSON, other versions → a lesson or a reason naming where it is damaged', () => {
    const versions = fc.tuple(fc.oneof(json, fc.integer({ min: -2, max: 9 })), fc.oneof(json, fc.constant(undefined))).map(([version, lesson]) => {
      const file = JSON.parse(lessonFile) as Record<string, unknown>;
      return JSON.stringify({ ...file, version, ...(lesson === undefined ? {} : { lesson }) });
    });
    fuzz('lesson files', fc.oneof(mangled(lessonFile), json.map((v) => JSON.stringify(v) ?? ''), versions), (text) => checkText(readLessonJson(text)), 400);
  }, 60_000);

  it('plan links: any search and hash → a plan or null', () => {
    fuzz('plan links', fc.tuple(hostileText.map((t) => `?plan=${t}`), hostileText.map((t) => `#${t}`)), ([search, hash]) => {
      readPlanUrl(search, hash);
    }, 400);
  }, 60_000);

  it('storage records: any stored value → a record of a known kind at its version, or a reason (the store quarantines it)', () => {
    fuzz('storage records', fc.oneof(json, damagedRecord, fc.anything()), (raw) => {
      const r = readRecord(raw);
      if (r.ok) expect(r.record.version).toBeGreaterThanOrEqual(1);
      else checkText(r);
    }, 600);
  }, 60_000);
});
