/** A Word document from a plan's blocks. The `docx` package is loaded only when a student exports. */

/** The plan as blocks (the same shape as `Block` in src/app/planner/plan-export.ts). */
export type DocBlock =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'label'; label: string; text: string }
  | { type: 'quote'; quote: string; cite: string; note: string };

/** Build the .docx file. Quotes go in as written, one run per line, with the slide citation under them. */
export async function planDocx(blocks: readonly DocBlock[]): Promise<Blob> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const lines = (text: string, opts: { italics?: boolean } = {}) =>
    text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...opts }));
  const children = blocks.flatMap((b) => {
    if (b.type === 'title') return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.text)] })];
    if (b.type === 'heading') return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(b.text)] })];
    if (b.type === 'label') return [new Paragraph({ children: [new TextRun({ text: `${b.label}: `, bold: true }), ...lines(b.text)] })];
    const out = [
      new Paragraph({ indent: { left: 567 }, children: lines(b.quote) }),
      new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: `— ${b.cite}`, italics: true, size: 20 })] }),
    ];
    if (b.note) out.push(new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: 'Note: ', bold: true }), ...lines(b.note)] }));
    return out;
  });
  const doc = new Document({ creator: 'Allegiance', title: blocks.find((b) => b.type === 'title')?.type === 'title' ? (blocks[0] as { text: string }).text : 'Essay plan', sections: [{ children }] });
  return Packer.toBlob(doc);
}
