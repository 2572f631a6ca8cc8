import { describe, expect, it } from 'vitest';
import { csvCell } from './export';

describe('CSV cells (issue 17, item 9)', () => {
  it('escapes cells a spreadsheet would run as formulas, as OWASP advises', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('Joseph Stalin')).toBe('Joseph Stalin');
  });
});
