import { describe, expect, it } from 'vitest';
import { csvCell, linksCsv } from './links-csv';

describe('linksCsv', () => {
  it('should write text that would start a formula as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('Luleå')).toBe('Luleå');
  });

  it('should write one row per link with the full address', async () => {
    const blob = linksCsv(
      [{ municipalityCode: '2580', municipalityName: '=Luleå', path: '/respond/kls_x' } as never],
      'https://kl.example',
      ['kommunkod', 'kommun', 'länk'],
    );
    const text = await blob.text();
    expect(text).toContain("kommunkod;kommun;länk\r\n2580;'=Luleå;https://kl.example/respond/kls_x\r\n");
    // The byte order mark first, so a spreadsheet reads UTF-8.
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
