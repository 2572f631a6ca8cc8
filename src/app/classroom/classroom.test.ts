import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { realData } from '../../node/test-support';
import { runPipeline } from '../../model/pipeline';
import { readRecord } from '../workspace/read-record';
import { KINDS } from '../workspace/kinds';
import { DEFAULT_STATE } from '../shell/view-state';
import { browserNotes } from './browser-notes';
import { decodeLesson, encodeLesson, lessonJson, lessonStoryline, lessonYaml, readLessonJson } from './lesson-export';
import { addStep, deleteStep, editStep, EMPTY_LESSON, moveStep, stepFromView } from './lesson-steps';
import { presenterView } from './reveal';
import { readStoryUrl, writeStoryUrl } from './story-url';
import { notesData } from '../../model/notes-data';

const result = runPipeline(realData());
if (!result.ok) throw new Error('real data must validate');
const { graph, storylines } = result;
const power = storylines.find((s) => s.id === 'power-struggle')!;

describe('story URL', () => {
  it('reads and writes story and a 1-based step, keeping other parameters', () => {
    expect(readStoryUrl('?e=stalin&story=power-struggle&step=3')).toEqual({ story: 'power-struggle', step: 2 });
    expect(readStoryUrl('?story=power-struggle')).toEqual({ story: 'power-struggle', step: 0 });
    expect(readStoryUrl('?story=lesson:abc_1&step=x')).toEqual({ story: 'lesson:abc_1', step: 0 });
    expect(readStoryUrl('?story=<script>')).toBeNull();
    expect(writeStoryUrl('?e=stalin', { story: 'lesson:abc', step: 1 })).toBe('?e=stalin&story=lesson:abc&step=2');
    expect(writeStoryUrl('?e=stalin&story=a&step=2', null)).toBe('?e=stalin');
  });
});

describe('presenterView', () => {
  it('reveals step by step: what earlier steps reached stays, the current step is emphasised, the rest is hidden', () => {
    const first = presenterView(graph, power, 0, false);
    const third = presenterView(graph, power, 2, false);
    expect(first.visibleNodes!.has('lenin')).toBe(true);
    expect(first.visibleNodes!.has('kamenev')).toBe(false);
    for (const n of first.visibleNodes!) expect(third.visibleNodes!.has(n)).toBe(true);
    expect(third.highlightEdges!.has('stalin>led>lenins-funeral@1924-01-27')).toBe(true);
    expect(third.highlightEdges!.has('lenin>opposed>stalin@1922')).toBe(false);
    expect(third.visibleEdges!.has('lenin>opposed>stalin@1922')).toBe(true);
    expect(third.mode).toBe('hide');
  });

  it('keeps a predict answer hidden until it is revealed, and shows it on later steps', () => {
    const at = power.steps.findIndex((s) => s.predict);
    const answer = power.steps[at]!.predict!.answer;
    expect(presenterView(graph, power, at, false).visibleEdges!.has(answer)).toBe(false);
    expect(presenterView(graph, power, at, true).visibleEdges!.has(answer)).toBe(true);
    expect(presenterView(graph, power, at + 1, false).visibleEdges!.has(answer)).toBe(true);
  });
});

describe('lessons', () => {
  const notes = browserNotes(notesData(realData().notes.text, graph), graph);

  it('adds the explorer view as a step, edits, reorders and deletes steps', () => {
    const a = stepFromView(graph, { ...DEFAULT_STATE, year: 1924, selected: 'stalin', edge: 'stalin>allied-with>kamenev@1924' });
    expect(a.view).toEqual({ year: 1924, select: 'stalin', highlight: ['stalin>allied-with>kamenev@1924'] });
    expect(a.caption).toBe('Joseph Stalin allied with Lev Kamenev');
    expect(a.excerpts[0]!.slide).toBe(33);
    const b = stepFromView(graph, { ...DEFAULT_STATE, year: 1936 });
    expect(b.caption).toBe('The graph in 1936');
    let lesson = addStep(addStep(EMPTY_LESSON, a), b);
    lesson = editStep(lesson, 1, { caption: 'The terror', note: 'Ask why' });
    lesson = moveStep(lesson, 1, -1);
    expect(lesson.steps.map((s) => s.caption)).toEqual(['The terror', 'Joseph Stalin allied with Lev Kamenev']);
    expect(moveStep(lesson, 0, -1)).toBe(lesson);
    expect(deleteStep(lesson, 0).steps.map((s) => s.caption)).toEqual(['Joseph Stalin allied with Lev Kamenev']);
  });

  it('exports YAML that round-trips through the storyline validator, in Node with the full notes and in the browser notes', () => {
    const lesson = addStep(addStep(EMPTY_LESSON, stepFromView(graph, { ...DEFAULT_STATE, year: 1924, edge: 'stalin>allied-with>kamenev@1924' })), stepFromView(graph, { ...DEFAULT_STATE, year: 1927, selected: 'trotsky' }));
    const yaml = lessonYaml('My lesson: 1924!', lesson);
    expect(parse(yaml)[0].id).toBe('my-lesson-1924');
    const full = runPipeline({ ...realData(), storylines: [{ file: 'graph-data/storylines/mine.yaml', text: yaml }] });
    expect(full.problems).toEqual([]);
    expect(full.storylines.find((s) => s.id === 'my-lesson-1924')!.steps).toHaveLength(2);
    const inPage = lessonStoryline('My lesson: 1924!', lesson, graph, notes);
    expect(inPage.problems).toEqual([]);
    expect(inPage.storyline!.steps[0]!.view.highlight).toEqual(['stalin>allied-with>kamenev@1924']);
  });

  it('names what a stale lesson refers to that the data no longer has', () => {
    const lesson = addStep(EMPTY_LESSON, { caption: 'Old', note: '', view: { select: 'gone-entity' }, excerpts: [{ slide: 33, quote: 'words that are not in the notes at all' }] });
    const { storyline, problems } = lessonStoryline('Old lesson', lesson, graph, notes);
    expect(storyline).toBeNull();
    expect(problems.map((p) => p.code).sort()).toEqual(['quote-not-found', 'unknown-entity']);
  });

  it('goes to a file and back, and through a link code and back; damage is named', async () => {
    const lesson = addStep(EMPTY_LESSON, stepFromView(graph, { ...DEFAULT_STATE, year: 1924 }));
    const read = readLessonJson(lessonJson('T', lesson));
    expect(read).toEqual({ ok: true, shared: { title: 'T', lesson } });
    expect(readLessonJson('{"format":"allegiance-plan"}')).toMatchObject({ ok: false, reason: expect.stringContaining('not an Allegiance lesson') });
    expect(readLessonJson('not json').ok).toBe(false);
    const code = await encodeLesson('T', lesson);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeLesson(code)).toEqual({ ok: true, shared: { title: 'T', lesson } });
    expect((await decodeLesson(code.slice(0, 10))).ok).toBe(false);
  });

  it('migrates a version-1 lesson record (URLs and notes) to steps', () => {
    const raw = { kind: 'lesson', id: 'l1', version: 1, title: 'Old', updatedAt: new Date().toISOString(), data: { steps: [{ url: '/?e=stalin&y=1925', note: 'Stalin turns\nmore' }] } };
    const out = readRecord(raw, KINDS);
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.record.data).toEqual({ summary: '', steps: [{ caption: 'Stalin turns', note: 'Stalin turns\nmore', view: { year: 1925, select: 'stalin' }, excerpts: [] }] });
  });
});
