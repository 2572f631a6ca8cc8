// Plan, lesson and backup files of the wrong version or with fields of the wrong type: one message naming the
// field paths (at most three, then a count) or the version, never a throw.
import { describe, expect, it } from 'vitest';
import { lessonJson, readLessonJson } from '../classroom/lesson-export';
import { emptyPlan } from '../planner/plan';
import { planJson, readPlanJson } from '../planner/share';
import { parseBackup } from '../workspace/backup';
import { summariseIssues } from './schema-issues';

const lesson = { summary: 'Why Stalin won', steps: [] };
const lessonFile = JSON.parse(lessonJson('Stalin', lesson as never)) as Record<string, unknown>;
const planFile = JSON.parse(planJson('Stalin', emptyPlan('Why did Stalin win?'))) as Record<string, unknown>;
const text = (v: unknown) => JSON.stringify(v);

describe('summariseIssues', () => {
  it('lists the first three field paths and counts the rest', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: ['lesson', 'steps', i, 'caption'], message: 'expected string' }));
    expect(summariseIssues(issues)).toBe('it is damaged at lesson.steps.0.caption: expected string; lesson.steps.1.caption: expected string; lesson.steps.2.caption: expected string (and 4 more problems)');
  });
});

describe('lesson files', () => {
  it('a newer version is "made by a newer version of Allegiance"', () => {
    expect(readLessonJson(text({ ...lessonFile, version: 7 }))).toEqual({ ok: false, reason: expect.stringMatching(/^it was made by a newer version of Allegiance \(lesson file version 7; this app reads version 2 and older\)/) });
  });
  it('version 1 is migrated (its steps become steps), a damaged version 1 is refused naming the field', () => {
    const v1 = readLessonJson(text({ ...lessonFile, version: 1, lesson: { steps: [{ url: '?year=1924&e=stalin', note: 'Lenin dies' }] } }));
    expect(v1.ok && v1.shared.lesson.steps.map((s) => s.note)).toEqual(['Lenin dies']);
    expect(readLessonJson(text({ ...lessonFile, version: 1, lesson: { steps: [{ url: 5 }] } }))).toEqual({ ok: false, reason: expect.stringMatching(/^it is a version 1 lesson file and it is damaged at lesson\.steps\.0\.url: .*; lesson\.steps\.0\.note/) });
  });
  it('a version that is not a number is named', () => {
    expect(readLessonJson(text({ ...lessonFile, version: 'two' }))).toEqual({ ok: false, reason: 'its "version" is "two", not a lesson file version (1 to 2)' });
  });
  it('fields of the wrong type are named by path', () => {
    const r = readLessonJson(text({ ...lessonFile, title: 5, lesson: { summary: [], steps: 'x' } }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^it is damaged at title: .*; lesson\.summary: .*; lesson\.steps: /);
  });
});

describe('plan files', () => {
  it('fields of the wrong type are named by path, capped at three', () => {
    const r = readPlanJson(text({ ...planFile, title: [], plan: { question: 1, cards: 'none', sections: 2, notes: 3 } }));
    expect(!r.ok && r.reason).toMatch(/^it is damaged at title: [^;]+; plan\.[^;]+; plan\.[^;]+ \(and \d+ more problems?\)$/);
  });
  it('version 1 is refused by name', () => {
    expect(readPlanJson(text({ ...planFile, version: 1 }))).toEqual({ ok: false, reason: expect.stringMatching(/plan file of version 1/) });
  });
});

describe('backup files', () => {
  it('a newer version and damaged fields are named', () => {
    const backup = { format: 'allegiance-backup', version: 1, exportedAt: '2026-12-01T00:00:00.000Z', records: [] };
    expect(parseBackup(text({ ...backup, version: 5 }))).toEqual({ ok: false, reason: expect.stringMatching(/^the backup was made by a newer version of Allegiance \(backup file version 5/) });
    expect(parseBackup(text({ ...backup, exportedAt: 1, records: {} }))).toEqual({ ok: false, reason: expect.stringMatching(/^the backup is damaged at exportedAt: .*; records: /) });
  });
});
