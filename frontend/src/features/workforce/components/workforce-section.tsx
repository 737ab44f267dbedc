import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { ApiError } from '@/lib/api/api-error';
import { useMe } from '@/lib/auth/get-me';
import { mayEditMunicipality } from '@/lib/auth/permissions';
import { useWorkforceFigures } from '../api/workforce-api';
import { FIRST_YEAR, LAST_YEAR, validYear } from '@/utils/batch-upload';
import { WorkforceForm } from './workforce-form';
import { WorkforceTable } from './workforce-table';
import { WorkforceUpload } from './workforce-upload';
import '../workforce.css';

/**
 * A municipality's workforce figures (personalstatistik) per profession and year: the year's figures for those who
 * may read the municipality's details, and for its editors a form for one figure and an upload for a file.
 */
export function WorkforceSection({ municipalityCode }: { municipalityCode: string }) {
  const me = useMe();
  // Nobody signed in reads the figures: ask nothing.
  if (!me.data) return null;
  return (
    <WorkforceFigures
      municipalityCode={municipalityCode}
      mayEdit={mayEditMunicipality(me.data, municipalityCode)}
    />
  );
}

function WorkforceFigures({ municipalityCode, mayEdit }: { municipalityCode: string; mayEdit: boolean }) {
  const { t } = useTranslation();
  const [yearText, setYearText] = useState(String(new Date().getFullYear() - 1));
  // The figures follow the last whole year typed, not each keystroke.
  const [year, setYear] = useState(() => validYear(yearText)!);
  const [page, setPage] = useState(1);
  const figures = useWorkforceFigures(municipalityCode, year, page);

  // The API decides who reads the figures (the municipality's editors, its county's coordinators, administrators):
  // to anyone else it answers 403, and the section is not theirs. Until it has answered, only an editor is sure
  // to be a reader.
  if (figures.error instanceof ApiError && figures.error.status === 403) return null;
  if (figures.isPending && !mayEdit) return null;

  return (
    <section className="workforce" aria-labelledby="workforce-heading">
      <h2 id="workforce-heading">{t('workforce.heading')}</h2>
      <p>{t('workforce.intro')}</p>
      <Field
        className="workforce-year"
        label={t('workforce.year')}
        hint={t('workforce.yearHint')}
        error={
          validYear(yearText) === undefined
            ? t('workforce.yearInvalid', { first: FIRST_YEAR, last: LAST_YEAR })
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
              if (typed !== undefined && typed !== year) {
                setYear(typed);
                setPage(1);
              }
            }}
          />
        )}
      </Field>
      <WorkforceTable year={year} figures={figures} page={page} onPage={setPage} />
      {mayEdit && (
        <>
          <WorkforceForm municipalityCode={municipalityCode} />
          <WorkforceUpload municipalityCode={municipalityCode} />
        </>
      )}
    </section>
  );
}
