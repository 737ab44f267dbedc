import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { useMe } from '@/lib/auth/get-me';
import { mayEditMunicipality, mayReadMunicipality } from '@/lib/auth/permissions';
import { FIRST_YEAR, LAST_YEAR, validYear } from '@/utils/batch-upload';
import { CostLineForm } from './cost-line-form';
import { CostLinesTable } from './cost-lines-table';
import { CostUpload } from './cost-upload';
import { ShareComparison } from './share-comparison';
import { ShareMapSection } from './share-map-section';
import { ShareTrend } from './share-trend';
import { Targets } from './targets';
import '../costs.css';

/**
 * A municipality's staffing-agency costs: reporting them by hand or from a file (its editors), its hired-staff share
 * per service area against its county and the country with the change from the year before, its trend over ten years,
 * its targets, every municipality's share on a map, and (for those who may read its details) the lines reported.
 */
export function CostsSection({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const [yearText, setYearText] = useState(String(new Date().getFullYear() - 1));
  // The figures follow the last whole year typed, not each keystroke.
  const [year, setYear] = useState(() => validYear(yearText)!);
  if (!me.data) return null;
  const mayEdit = mayEditMunicipality(me.data, municipalityCode);
  const countyCode = municipalityCode.slice(0, 2); // an SCB municipality code begins with its county's
  return (
    <section className="costs" aria-labelledby="costs-heading">
      <h2 id="costs-heading">{t('costs.heading')}</h2>
      <p>{t('costs.intro')}</p>
      {mayEdit && <CostLineForm municipalityCode={municipalityCode} />}
      {mayEdit && <CostUpload municipalityCode={municipalityCode} />}
      <Field
        className="costs-year"
        label={t('costs.year')}
        hint={t('costs.yearHint')}
        error={
          validYear(yearText) === undefined
            ? t('costs.yearInvalid', { first: FIRST_YEAR, last: LAST_YEAR })
            : undefined
        }
      >
        {(control) => (
          <input
            {...control}
            className="input-short"
            inputMode="numeric"
            autoComplete="off"
            value={yearText}
            onChange={(event) => {
              setYearText(event.target.value);
              const typed = validYear(event.target.value);
              if (typed !== undefined) setYear(typed);
            }}
          />
        )}
      </Field>
      <ShareComparison year={year} municipalityCode={municipalityCode} countyCode={countyCode} />
      <ShareTrend year={year} municipalityCode={municipalityCode} countyCode={countyCode} />
      <Targets municipalityCode={municipalityCode} mayEdit={mayEdit} />
      <ShareMapSection year={year} />
      {mayReadMunicipality(me.data, municipalityCode) && (
        <CostLinesTable municipalityCode={municipalityCode} year={year} />
      )}
    </section>
  );
}
