import { useTranslation } from 'react-i18next';
import { saveFile } from '@/utils/save-file';
import type { InvitationLink } from '../api/types';
import { linksCsv } from '../utils/links-csv';
import { CopyButton } from './copy-button';
import { TableScroll } from '@/components/ui/table-scroll';

/** The full address of a respondent link (the API gives the app's path). */
export function linkAddress(link: InvitationLink) {
  return `${window.location.origin}${link.path}`;
}

/** New respondent links, shown this once: a table with copy buttons, and the lot as CSV. */
export function InvitationLinks({ links }: { links: readonly InvitationLink[] }) {
  const { t } = useTranslation();
  const download = () =>
    saveFile(
      linksCsv(links, window.location.origin, [
        t('surveys.invite.csvHeaders.code'),
        t('surveys.invite.csvHeaders.name'),
        t('surveys.invite.csvHeaders.link'),
      ]),
      'svarslankar.csv',
    );

  return (
    <section className="secret-box" aria-labelledby="invitation-links">
      <h3 id="invitation-links">{t('surveys.invite.linksHeading')}</h3>
      <p className="secret-warning">{t('surveys.invite.linksWarning')}</p>
      <p>
        <button type="button" className="button" onClick={download}>
          {t('surveys.invite.downloadLinks')}
        </button>
      </p>
      <TableScroll>
        <table className="data-table">
          <caption>{t('surveys.invite.linksCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.invite.linkColumns.municipality')}</th>
              <th scope="col">{t('surveys.invite.linkColumns.link')}</th>
              <th scope="col">{t('surveys.invite.linkColumns.copy')}</th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.invitationId}>
                <th scope="row">
                  {link.municipalityName} ({link.municipalityCode})
                </th>
                <td>
                  <code className="surveys-link">{linkAddress(link)}</code>
                </td>
                <td>
                  <CopyButton
                    text={linkAddress(link)}
                    label={t('surveys.invite.copy')}
                    target={link.municipalityName}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
