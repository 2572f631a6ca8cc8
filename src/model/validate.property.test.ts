import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotes } from './notes';
import { realData } from '../node/test-support';
import { validateData } from './validate';

const real = realData();
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '-', '- -', '{', '[', ': :', '- source: [', '\t- x', '*a', '&a [*a]', '!!binary x', '- slide: 1e999'));

/** Mangle a real file: cut it, splice random text in, duplicate a slice. */
const mangled = (text: string) =>
  fc.tuple(fc.nat(text.length), fc.nat(text.length), anyText).map(([a, b, insert]) => {
    const [i, j] = a < b ? [a, b] : [b, a];
    return text.slice(0, i) + insert + text.slice(j) + text.slice(i, Math.min(j, i + 200));
  });

describe('validation never throws', () => {
  it('on random text in every file', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (notes, types, entities, relations) => {
        const r = validateData({
          notes: { file: 'n.txt', text: notes },
          relationTypes: { file: 't.yaml', text: types },
          entities: [{ file: 'e.yaml', text: entities }],
          relations: [{ file: 'r.yaml', text: relations }],
        });
        expect(r.dataset === null || r.problems.length === 0).toBe(true);
        for (const p of r.problems) expect(p.code).not.toBe('internal');
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('on mangled real data files', () => {
    const rel = real.relations[0] ?? real.entities[0];
    fc.assert(
      fc.property(mangled(real.entities[0].text), mangled(rel.text), mangled(real.relationTypes.text), (entities, relations, types) => {
        const r = validateData({
          ...real,
          relationTypes: { ...real.relationTypes, text: types },
          entities: [{ ...real.entities[0], text: entities }, ...real.entities.slice(1)],
          relations: [{ ...rel, text: relations }],
        });
        for (const p of r.problems) {
          expect(p.code).not.toBe('internal');
          // Line 0 is a whole-file problem: the summary of references into a file that could not be read.
          expect(p.line).toBeGreaterThanOrEqual(p.code === 'references-unreadable' ? 0 : 1);
          expect(typeof p.fix).toBe('string');
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('on random JSON-like records', () => {
    const record = fc.dictionary(fc.constantFrom('source', 'type', 'target', 'start', 'end', 'evidence', 'certainty', 'id', 'label', 'kind', 'aliases', 'x'), fc.jsonValue());
    fc.assert(
      fc.property(fc.array(record, { maxLength: 5 }), fc.array(record, { maxLength: 5 }), (entities, relations) => {
        const r = validateData({
          ...real,
          entities: [{ file: 'e.yaml', text: JSON.stringify(entities) }],
          relations: [{ file: 'r.yaml', text: JSON.stringify(relations) }],
        });
        for (const p of r.problems) expect(p.code).not.toBe('internal');
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('parseNotes never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.nat(70), (text, n) => {
      const notes = parseNotes(`${text}\n${n} of 68\n${text}`);
      expect(notes.slides.length).toBeLessThanOrEqual(1);
    }));
  });
});
