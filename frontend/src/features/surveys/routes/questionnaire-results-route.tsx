import { useQueries } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useQuestionnaireResponseRates } from '../api/get-questionnaire-response-rates';
import { surveyCountyQueryOptions } from '../api/get-county';
import { useQuestionnaireResults } from '../api/get-questionnaire-results';
import { CountyChoice } from '../components/county-choice';
import { MunicipalityListPicker, type ChosenMunicipality } from '../components/municipality-list-picker';
import { QuestionResultView } from '../components/question-result-view';
import { ResponseRateFacts, ResponseRateTable } from '../components/response-rate-table';
import { exportUrl } from '../utils/export-url';
import { useLocalized } from '@/utils/localized';
import { readResultFilter, resultSearchParams } from '../utils/result-filters';
import { useQuestionnaireContext } from './questionnaire-route';

/** Resultat: response rates, every question's results, and the responses as a file; for a county or some municipalities. */
export function QuestionnaireResultsRoute() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { questionnaire } = useQuestionnaireContext();
  useDocumentTitle(`${localized(questionnaire.title)}: ${t('surveys.questionnaire.results')}`);
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readResultFilter(searchParams);
  const rates = useQuestionnaireResponseRates(questionnaire.id, filter);
  const results = useQuestionnaireResults(questionnaire.id, filter);
  // The unit of each number question, as the questionnaire now has it.
  const units = new Map(
    questionnaire.definition.sections
      .flatMap((section) => section.questions)
      .filter((question) => question.number?.unit)
      .map((question) => [question.id, question.number!.unit!] as const),
  );
  const [county, setCounty] = useState(filter.county ?? '');
  const [municipalities, setMunicipalities] = useState<ChosenMunicipality[]>(
    (filter.municipality ?? []).map((code) => ({ code, name: code })),
  );
  // Municipalities from the address come as codes: their names are in their counties (the code's first two digits).
  const unnamed = [
    ...new Set(municipalities.filter((m) => m.name === m.code).map((m) => m.code.slice(0, 2))),
  ];
  const counties = useQueries({ queries: unnamed.map((code) => surveyCountyQueryOptions(code)) });
  const named = municipalities.map((chosen) => {
    const found = counties
      .flatMap((county) => county.data?.municipalities ?? [])
      .find((municipality) => municipality.code === chosen.code);
    return chosen.name === chosen.code && found ? { ...chosen, name: found.name } : chosen;
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setSearchParams(
      resultSearchParams({
        ...(county && { county }),
        ...(municipalities.length > 0 && { municipality: municipalities.map((chosen) => chosen.code) }),
      }),
    );
  };
  const clear = () => {
    setCounty('');
    setMunicipalities([]);
    setSearchParams(new URLSearchParams());
  };

  return (
    <>
      <h2>{t('surveys.results.heading')}</h2>
      <form className="form" onSubmit={apply} aria-label={t('surveys.results.filters')}>
        <CountyChoice
          label={t('surveys.results.county')}
          emptyLabel={t('surveys.results.allCounties')}
          value={county}
          onChange={setCounty}
        />
        <MunicipalityListPicker
          legend={t('surveys.results.municipalities')}
          value={named}
          onChange={setMunicipalities}
        />
        <div className="form-actions">
          <button type="submit" className="button">
            {t('surveys.results.apply')}
          </button>
          <button type="button" className="button button-secondary" onClick={clear}>
            {t('surveys.results.clear')}
          </button>
        </div>
      </form>

      <section aria-labelledby="results-rates">
        <h3 id="results-rates">{t('surveys.rates.heading')}</h3>
        {rates.isPending && <Loading />}
        {rates.isError && <ErrorAlert error={rates.error} onRetry={() => void rates.refetch()} />}
        {rates.data && (
          <>
            <ResponseRateFacts rate={rates.data.total} />
            {rates.data.byCounty.length > 0 && (
              <ResponseRateTable
                caption={t('surveys.rates.byCounty')}
                nameHeader={t('surveys.rates.county')}
                rows={rates.data.byCounty.map((row) => ({
                  key: row.countyCode,
                  name: row.countyName,
                  rate: row.rate,
                }))}
              />
            )}
          </>
        )}
      </section>

      <section aria-labelledby="results-export">
        <h3 id="results-export">{t('surveys.results.export')}</h3>
        <p>{t('surveys.results.exportHint')}</p>
        <p className="surveys-actions">
          <a className="button button-secondary" href={exportUrl(questionnaire.id, 'csv', filter)} download>
            {t('surveys.results.exportCsv')}
          </a>
          <a className="button button-secondary" href={exportUrl(questionnaire.id, 'xlsx', filter)} download>
            {t('surveys.results.exportXlsx')}
          </a>
        </p>
      </section>

      <section aria-labelledby="results-questions">
        <h3 id="results-questions">{t('surveys.results.questions')}</h3>
        {results.isPending && <Loading />}
        {results.isError && <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />}
        {results.data && (
          <div aria-busy={results.isPlaceholderData}>
            <p role="status" className="result-count">
              {t('surveys.results.respondents', {
                count: results.data.respondents,
                formatted: formatNumber(results.data.respondents),
              })}
            </p>
            {results.data.questions.map((result, index) => (
              <QuestionResultView
                key={result.questionId}
                result={result}
                index={index + 1}
                unit={units.get(result.questionId)}
              />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
