import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';
import { useLocalized } from '@/utils/localized';
import { formatNumber } from '@/utils/format';
import { ScrollTable } from './scroll-table';

type MatrixCell = components['schemas']['MatrixCellResult'];

/** Per service area and column (shortage, vulnerable, gap): the professions named, most named first. */
export function MatrixRanking({
  caption,
  cells,
  counted,
}: {
  caption: string;
  cells: readonly MatrixCell[];
  /** Whether to say how many municipalities named each (a ranking), or only list them (one municipality's answer). */
  counted: boolean;
}) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  // Profession names exist in Swedish only: marked so, for a screen reader in the English UI.
  const lang = i18n.language.startsWith('sv') ? undefined : 'sv';
  if (cells.length === 0) return <p>{t('profiles.noMatrix')}</p>;
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('profiles.serviceArea')}</th>
          <th scope="col">{t('profiles.matrixColumn')}</th>
          <th scope="col">{t('profiles.professions')}</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((cell) => (
          <tr key={`${cell.rowId}/${cell.columnId}`}>
            <th scope="row">{localized(cell.rowLabel)}</th>
            <td>{localized(cell.columnLabel)}</td>
            <td>
              <ol className="profile-ranking">
                {cell.professions.map((profession) => (
                  <li key={profession.code}>
                    <span lang={lang}>{profession.nameSv}</span>
                    {counted && (
                      <span className="muted">
                        {' '}
                        {t('profiles.namedBy', {
                          count: profession.municipalities,
                          n: formatNumber(profession.municipalities),
                        })}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
