import type { InvitationLink } from '../api/types';

function cell(value: string) {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The respondent links of a send-out as CSV for a mail merge: UTF-8 with a byte order mark (so Excel keeps
 * å, ä and ö), one row per municipality, the full address of each link.
 */
export function linksCsv(links: readonly InvitationLink[], origin: string, headers: readonly string[]): Blob {
  const rows = links.map((link) =>
    [link.municipalityCode, link.municipalityName, `${origin}${link.path}`].map(cell).join(','),
  );
  const text = [headers.map(cell).join(','), ...rows].join('\r\n') + '\r\n';
  return new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
}
