// The review queue's state on real suggestions: the engine run on the project's Italy fixture and on the e2e
// Mussolini notes, with the built-in relation types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../model/import/read-text';
import { relationTypesFromYaml } from '../../model/import/relation-types';
import { suggestImport } from '../../model/import/suggest';
import { toDataset } from '../../model/import/to-dataset';
import { validateData } from '../../model/validate';
import { DATA_DIR } from '../../node/test-support';
import { accept, acceptAllStrong, acceptedOf, counts, createQueue, current, decisionsId, edit, focus, isStrong, items, merge, move, reject, status, undoMerge } from './queue';

const typesYaml = readFileSync(join(DATA_DIR, 'relation-types.yaml'), 'utf8');
const relationTypes = relationTypesFromYaml(typesYaml);
const md = readFileSync(join(import.meta.dirname, '../../model/import/fixtures/italy-1919-43.md'), 'utf8');
const suggest = (text = md, decisions = {}) => suggestImport(readMarkdown(text), { relationTypes, decisions });

describe('the review queue', () => {
  it('lists entities first, then typed relations, then hints, and starts on the first entity', () => {
    const s = suggest();
    const q = createQueue(s);
    const all = items(q);
    expect(all.length).toBe(s.entities.length + s.relations.length + s.hints.length);
    const groups = all.map((i) => i.group);
    expect(groups.indexOf('relations')).toBe(s.entities.length);
    expect(groups.lastIndexOf('entities')).toBeLessThan(groups.indexOf('relations'));
    if (s.hints.length) expect(groups.indexOf('hints')).toBe(s.entities.length + s.relations.length);
    expect(current(q)!.group).toBe('entities');
    expect(counts(q)).toEqual({ pending: s.entities.length + s.relations.length, accepted: 0, rejected: 0 });
  });

  it('moves with J/K inside the queue, never past either end', () => {
    const q = createQueue(suggest());
    expect(move(q, -1).cursor).toBe(0);
    expect(move(move(q, 1), 1).cursor).toBe(2);
    expect(move(q, 10_000).cursor).toBe(items(q).length - 1);
  });

  it('accepts and rejects by key, then goes on to the next pending suggestion', () => {
    let q = createQueue(suggest());
    const [first, second, third] = items(q);
    q = accept(q, first!.key);
    expect(status(items(q)[0]!)).toBe('accepted');
    expect(q.cursor).toBe(1);
    q = reject(q, second!.key);
    expect(status(items(q)[1]!)).toBe('rejected');
    expect(current(q)!.key).toBe(third!.key);
    expect(counts(q)).toMatchObject({ accepted: 1, rejected: 1 });
    // Back on an accepted one, rejecting it changes the decision.
    q = reject(focus(q, first!.key), first!.key);
    expect(status(items(q)[0]!)).toBe('rejected');
  });

  it('accepting a relation accepts its two pending entities', () => {
    let q = createQueue(suggest());
    const rel = items(q).find((i) => i.group === 'relations' && i.relation.source === 'badoglio' && i.relation.type === 'replaced')!;
    q = accept(q, rel.key);
    const { entities, relations } = acceptedOf(q);
    expect(relations.map((r) => r.key)).toEqual([rel.key]);
    if (rel.group !== 'relations') throw new Error('not a relation');
    expect(entities.map((e) => e.key).sort()).toEqual([rel.relation.sourceKey, rel.relation.targetKey].sort());
  });

  it('edits an entity (name, kind) and a relation (type, direction, dates, certainty); an edit accepts', () => {
    let q = createQueue(suggest());
    const milan = items(q).find((i) => i.group === 'entities' && i.entity.label === 'Milan')!;
    q = edit(q, milan.key, { label: 'Milan (city)', kind: 'group' });
    const after = items(q).find((i) => i.key === milan.key)!;
    expect(after).toMatchObject({ entity: { label: 'Milan (city)', kind: 'group', status: 'accepted' } });
    const rel = items(q).find((i) => i.group === 'relations' && i.relation.source === 'badoglio' && i.relation.type === 'replaced')!;
    q = edit(q, rel.key, { type: 'opposed', reverse: true, start: '1943-07', end: '1943-09', certainty: 'disputed' });
    const r = items(q).find((i) => i.key === rel.key)!;
    expect(r.group === 'relations' && r.relation).toMatchObject({ type: 'opposed', target: 'badoglio', start: '1943-07', end: '1943-09', certainty: 'disputed', status: 'accepted' });
  });

  it('merges an entity into another chosen by name, and undoes that merge', () => {
    const s = suggest();
    let q = createQueue(s);
    const fasci = s.entities.find((e) => e.label === 'Fasci')!;
    const into = s.entities.find((e) => e.label === 'Fasci di Combattimento')!;
    q = merge(q, fasci.key, into.key);
    expect(items(q).some((i) => i.key === fasci.key)).toBe(false);
    const merged = items(q).find((i) => i.key === into.key)!;
    expect(merged.group === 'entities' && merged.entity.aliases).toContain('Fasci');
    expect(current(q)!.key).toBe(into.key);
    const undone = undoMerge(q, into.key, 'Fasci');
    expect(undone.resuggest).toBe(false);
    expect(items(undone.state).some((i) => i.key === fasci.key)).toBe(true);
  });

  it('undoes an automatic merge by keeping the names apart when the suggestions are made again', () => {
    const s = suggest();
    const mussolini = s.entities.find((e) => e.merges.some((m) => m.name === 'Musolini'))!;
    const undone = undoMerge(createQueue(s), mussolini.key, 'Musolini');
    expect(undone.resuggest).toBe(true);
    const again = createQueue(suggest(md, undone.state.decisions), undone.state.decisions);
    const m = items(again).find((i) => i.key === mussolini.key)!;
    expect(m.group === 'entities' && m.entity.merges.map((x) => x.name)).not.toContain('Musolini');
  });

  it('"Accept all remaining strong suggestions" accepts only pending strong ones (and their ends), never hints, and leaves rejections alone', () => {
    let q = createQueue(suggest());
    const strong = items(q).filter(isStrong);
    expect(strong.length).toBeGreaterThan(0);
    const weak = items(q).find((i) => i.group !== 'hints' && !isStrong(i) && i.group === 'relations');
    const rejected = strong[0]!;
    q = reject(q, rejected.key);
    q = acceptAllStrong(q);
    const byKey = new Map(items(q).map((i) => [i.key, i]));
    expect(status(byKey.get(rejected.key)!)).toBe('rejected');
    for (const i of strong.slice(1)) expect(status(byKey.get(i.key)!)).toBe('accepted');
    if (weak) expect(status(byKey.get(weak.key)!)).toBe('pending');
    expect(items(q).filter((i) => i.group === 'hints').every((i) => status(i) === 'pending')).toBe(true);
  });

  it('gives what Create dataset needs: the accepted suggestions make a dataset that validates with no problems', () => {
    const imported = readMarkdown(md);
    const q = acceptAllStrong(createQueue(suggestImport(imported, { relationTypes })));
    const accepted = acceptedOf(q);
    expect(accepted.relations.length).toBeGreaterThan(0);
    const { raw } = toDataset(imported, accepted, typesYaml);
    const check = validateData(raw);
    expect(check.problems).toEqual([]);
    expect(check.dataset!.entities.length).toBeGreaterThan(0);
  });

  it('keeps decisions across re-importing a revised file: statuses survive moved slides', () => {
    let q = createQueue(suggest());
    const rel = items(q).find((i) => i.group === 'relations' && i.relation.source === 'badoglio')!;
    const milan = items(q).find((i) => i.group === 'entities' && i.entity.label === 'Milan')!;
    q = reject(accept(q, rel.key), milan.key);
    if (rel.group !== 'relations') throw new Error('not a relation');
    const revised = `# Before 1919\n- Mussolini edited Avanti in 1912\n\n${md}`;
    const again = createQueue(suggest(revised, q.decisions), q.decisions);
    const moved = items(again).find((i) => i.group === 'relations' && i.relation.source === 'badoglio' && i.relation.type === rel.relation.type)!;
    expect(status(moved)).toBe('accepted');
    expect(moved.key).not.toBe(rel.key);
    expect(status(items(again).find((i) => i.key === milan.key)!)).toBe('rejected');
  });

  it('names the saved decisions by the file name without its extension, or the title', () => {
    expect(decisionsId('Mussolini-Notes.docx')).toBe(decisionsId('mussolini-notes.md'));
    expect(decisionsId('  Italy   1919 ')).toBe('italy 1919');
    expect(decisionsId('')).toBe('pasted notes');
    expect(decisionsId('x'.repeat(500)).length).toBeLessThanOrEqual(190);
  });
});
