import { exportUrl } from './export-url';
import { linksCsv } from './links-csv';

describe('files for download', () => {
  it('should carry the selection into the export address', () => {
    expect(exportUrl('abc', 'xlsx', { county: '25' })).toBe(
      '/api/v1/questionnaires/abc/export?format=xlsx&county=25',
    );
    expect(exportUrl('abc', 'csv', { municipality: ['2580', '2581'] })).toBe(
      '/api/v1/questionnaires/abc/export?format=csv&municipality=2580&municipality=2581',
    );
  });

  it('should write the respondent links as CSV that a Swedish Excel opens with å, ä and ö', async () => {
    const blob = linksCsv(
      [
        {
          invitationId: 'i',
          municipalityCode: '2580',
          municipalityName: 'Luleå',
          token: 'kls_x',
          path: '/respond/kls_x',
        },
      ],
      'https://kompetenslaget.example',
      ['Kommunkod', 'Kommun', 'Svarslänk, full'],
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      'Kommunkod;Kommun;"Svarslänk, full"\r\n2580;Luleå;https://kompetenslaget.example/respond/kls_x\r\n',
    );
  });
});
