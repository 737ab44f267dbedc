import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { useMe } from '@/lib/auth/get-me';
import { mayEditMunicipality } from '@/lib/auth/permissions';
import { CostUpload } from './cost-upload';
import { ShareComparison } from './share-comparison';
import { ShareMapSection } from './share-map-section';
import { Targets } from './targets';
import '../costs.css';

// The years the API takes.
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

function validYear(text: string): number | undefined {
  const year = Number(text);
  return /^\d{4}$/.test(text.trim()) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

/**
 * A municipality's staffing-agency costs: reporting them from a file (its editors), its hired-staff share per
 * service area against its county and the country, and every municipality's share on a map.
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
      <Targets municipalityCode={municipalityCode} mayEdit={mayEdit} />
      <ShareMapSection year={year} />
    </section>
  );
}
