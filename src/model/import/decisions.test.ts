import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../node/test-support';
import { validateData } from '../validate';
import { type Decisions, applyDecisions } from './decisions';
import { readMarkdown } from './read-text';
import { relationTypesFromYaml } from './relation-types';
import { suggestImport } from './suggest';
import { toDataset } from './to-dataset';

const typesYaml = readFileSync(join(DATA_DIR, 'relation-types.yaml'), 'utf8');
const relationTypes = relationTypesFromYaml(typesYaml);
const md = readFileSync(join(import.meta.dirname, 'fixtures', 'italy-1919-43.md'), 'utf8');
// The same notes revised: a new first slide (every later slide moves by one), a bullet dropped, a bullet added.
const revised = `# Before 1919\n- Mussolini edited Avanti in 1912\n\n${md.replace('- Musolini dissolved the other parties in 1926\n', '').replace('- Mussolini signed the Pact of Steel with Hitler in 1939\n', '- Mussolini signed the Pact of Steel with Hitler in 1939\n- Hitler supported Mussolini in 1943\n')}`;

describe('decisions', () => {
  it('accept, reject, edit and merge apply by stable key', () => {
    const s = suggestImport(readMarkdown(md), { relationTypes });
    const badoglio = s.relations.find((r) => r.source === 'badoglio' && r.type === 'replaced')!;
    const hitler = s.relations.find((r) => r.target === 'hitler' && r.type === 'allied-with')!;
    const decisions: Decisions = {
      'entity:benito mussolini': { status: 'accepted', edit: { label: 'Benito Mussolini (Il Duce)' } },
      'entity:milan': { status: 'rejected' },
      'entity:fasci': { into: 'entity:fasci di combattimento' },
      [badoglio.key]: { status: 'accepted', edit: { certainty: 'disputed' } },
      [hitler.key]: { status: 'rejected' },
    };
    const d = applyDecisions(s, decisions);
    expect(d.entities.find((e) => e.key === 'entity:benito mussolini')).toMatchObject({ status: 'accepted', label: 'Benito Mussolini (Il Duce)' });
    expect(d.entities.find((e) => e.key === 'entity:milan')!.status).toBe('rejected');
    expect(d.entities.find((e) => e.key === 'entity:fasci')).toBeUndefined();
    expect(d.entities.find((e) => e.key === 'entity:fasci di combattimento')!.aliases).toContain('Fasci');
    expect(d.relations.find((r) => r.key === badoglio.key)).toMatchObject({ status: 'accepted', certainty: 'disputed' });
    expect(d.relations.find((r) => r.key === hitler.key)!.status).toBe('rejected');
    expect(d.relations.find((r) => r.key !== badoglio.key && r.key !== hitler.key)!.status).toBe('pending');
  });

  it('survive re-importing a revised file: keys name entities and relations, not positions', () => {
    const first = suggestImport(readMarkdown(md), { relationTypes });
    const key = first.relations.find((r) => r.source === 'badoglio' && r.type === 'replaced')!.key;
    const decisions: Decisions = { [key]: { status: 'accepted' }, 'entity:milan': { status: 'rejected' }, 'entity:benito mussolini': { split: ['Musolini'] } };
    const again = suggestImport(readMarkdown(revised), { relationTypes, decisions });
    const d = applyDecisions(again, decisions);
    // The slide moved from 3 to 4 (so did the key, which ends with the slide): the decision is found again by source, type and target.
    const moved = d.relations.find((r) => r.source === 'badoglio' && r.type === 'replaced')!;
    expect(moved).toMatchObject({ slide: 4, status: 'accepted' });
    expect(moved.key).not.toBe(key);
    expect(d.entities.find((e) => e.key === 'entity:milan')!.status).toBe('rejected');
    expect(d.entities.find((e) => e.key === 'entity:benito mussolini')!.aliases).not.toContain('Musolini');
    expect(d.relations.find((r) => r.source === 'hitler' && r.type === 'supported')!.status).toBe('pending');
  });
});

describe('toDataset', () => {
  it('writes notes, the built-in relation types, entities and relations that validate with zero problems', () => {
    const imported = readMarkdown(md);
    const d = applyDecisions(suggestImport(imported, { relationTypes }), { 'entity:milan': { status: 'rejected' } });
    const accepted = { entities: d.entities.filter((e) => e.status !== 'rejected'), relations: d.relations.filter((r) => r.status !== 'rejected') };
    const { raw, skipped } = toDataset(imported, accepted, typesYaml);
    expect(raw.notes.file).toBe('notes/italy-under-mussolini-1919-43.txt');
    expect(raw.relationTypes.text).toBe(typesYaml);
    const v = validateData(raw);
    expect(v.problems).toEqual([]);
    expect(v.dataset!.entities.map((e) => e.id)).toContain('benito-mussolini');
    expect(v.dataset!.entities.map((e) => e.id)).not.toContain('milan');
    expect(v.dataset!.relations.find((r) => r.source === 'badoglio')).toMatchObject({ type: 'replaced', target: 'benito-mussolini', start: '1943', evidence: [{ slide: 3, quote: 'Marshal Badoglio replaced Mussolini in 1943' }] });
    // What validation would refuse is left out and said: a type whose kinds do not fit, a relation of a rejected entity.
    expect(skipped).toEqual(expect.arrayContaining([expect.objectContaining({ reason: expect.stringMatching(/does not allow|not kept/) })]));
  });

  it('the whole of the project\'s notes, every suggestion accepted, validates with zero problems', async () => {
    const { realNotesText } = await import('../../node/test-support');
    const { readPlainText } = await import('./read-text');
    const imported = readPlainText(realNotesText());
    const d = applyDecisions(suggestImport(imported, { relationTypes }));
    const v = validateData(toDataset(imported, d, typesYaml).raw);
    expect(v.problems).toEqual([]);
    expect(v.dataset!.notes.slides).toHaveLength(68);
  });
});
