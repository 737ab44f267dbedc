import type { InvitationLink } from '../api/types';

/** A text cell: text a spreadsheet would run as a formula (OWASP CSV injection) gets a leading '. */
export function csvCell(text: string) {
  const value = /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[";,\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The respondent links of a send-out as CSV for a mail merge, in the Swedish spreadsheet dialect like every CSV
 * the product writes: `;` between cells, UTF-8 with a byte order mark (so Excel keeps å, ä and ö), CRLF; one row
 * per municipality, the full address of each link.
 */
export function linksCsv(links: readonly InvitationLink[], origin: string, headers: readonly string[]): Blob {
  const rows = links.map((link) =>
    [link.municipalityCode, link.municipalityName, `${origin}${link.path}`].map(csvCell).join(';'),
  );
  const text = [headers.map(csvCell).join(';'), ...rows].join('\r\n') + '\r\n';
  return new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
}
