import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { mayWriteSomePlans } from '@/lib/auth/permissions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { formatDate, formatNumber } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { useDocumentTitle } from '@/utils/use-document-title';
import {
  type LearningExample,
  type LearningExampleSearchParams,
  useExampleCounties,
  useLearningExamples,
  useRecruitmentStrategies,
} from '../api/examples-api';
import { ExampleTags, Headline } from '../components/example-parts';
import '../examples.css';

const pageSize = 20;
/** How much of an example's text is shown in the list when there is no headline. */
const excerptLength = 240;

/** What is searched for, as kept in the URL's query string so a search can be bookmarked. */
type Filters = {
  q: string;
  recruitmentStrategy: string;
  serviceArea: string;
  county: string;
  page: number;
};

function readFilters(search: URLSearchParams): Filters {
  const page = Number(search.get('page'));
  return {
    q: search.get('q') ?? '',
    recruitmentStrategy: search.get('recruitmentStrategy') ?? '',
    serviceArea: search.get('serviceArea') ?? '',
    county: search.get('county') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for the filters, leaving out what is empty. */
function toSearchParams(filters: Filters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.recruitmentStrategy) search.set('recruitmentStrategy', filters.recruitmentStrategy);
  if (filters.serviceArea) search.set('serviceArea', filters.serviceArea);
  if (filters.county) search.set('county', filters.county);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}

function toQuery(filters: Filters): LearningExampleSearchParams {
  return {
    ...(filters.q && { q: filters.q }),
    ...(filters.recruitmentStrategy && { recruitmentStrategy: filters.recruitmentStrategy }),
    ...(filters.serviceArea && { serviceArea: filters.serviceArea }),
    ...(filters.county && { county: filters.county }),
    page: filters.page,
    size: pageSize,
  };
}

/** Lärande exempel: a search in what municipalities and counties have done, with filters in the URL. */
export function ExamplesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('examples.title'));
  const me = useMe();
  const catalogueName = useCatalogueName();
  const strategies = useRecruitmentStrategies();
  const areas = useServiceAreas();
  const counties = useExampleCounties();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const examples = useLearningExamples(toQuery(filters));

  // The words typed; they follow the URL when it changes (back, a bookmark), and are searched on submit.
  const [words, setWords] = useState(filters.q);
  const [searchedWords, setSearchedWords] = useState(filters.q);
  if (searchedWords !== filters.q) {
    setSearchedWords(filters.q);
    setWords(filters.q);
  }

  const update = (changes: Partial<Filters>) =>
    // Any new search starts from the first page.
    setSearchParams(toSearchParams({ ...filters, page: 1, ...changes }));
  const pageLink = (target: number) => ({ search: `?${toSearchParams({ ...filters, page: target })}` });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: words.trim() });
  };

  const data = examples.data;
  const filtered = Boolean(filters.q || filters.recruitmentStrategy || filters.serviceArea || filters.county);

  return (
    <>
      <h1>{t('examples.title')}</h1>
      <p className="lead">{t('examples.intro')}</p>
      {mayWriteSomePlans(me.data) && (
        <p>
          <Link className="button" to={appPaths.newExample}>
            {t('examples.write')}
          </Link>
        </p>
      )}

      <form className="filters" role="search" aria-label={t('examples.filtersLabel')} onSubmit={submit}>
        <Field label={t('examples.search')} hint={t('examples.searchHint')}>
          {(control) => (
            <input
              {...control}
              type="search"
              maxLength={200}
              value={words}
              onChange={(event) => setWords(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('examples.strategy')}>
          {(control) => (
            <select
              {...control}
              value={filters.recruitmentStrategy}
              onChange={(event) => update({ recruitmentStrategy: event.target.value })}
              aria-busy={strategies.isPending}
            >
              <option value="">{t('examples.allStrategies')}</option>
              {strategies.data?.items.map((strategy) => (
                <option key={strategy.code} value={strategy.code}>
                  {strategy.nameSv}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('examples.serviceArea')}>
          {(control) => (
            <select
              {...control}
              value={filters.serviceArea}
              onChange={(event) => update({ serviceArea: event.target.value })}
              aria-busy={areas.isPending}
            >
              <option value="">{t('examples.allServiceAreas')}</option>
              {areas.data?.map((area) => (
                <option key={area.code} value={area.code}>
                  {catalogueName(area)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('examples.county')}>
          {(control) => (
            <select
              {...control}
              value={filters.county}
              onChange={(event) => update({ county: event.target.value })}
              aria-busy={counties.isPending}
            >
              <option value="">{t('examples.allCounties')}</option>
              {counties.data?.map((county) => (
                <option key={county.code} value={county.code}>
                  {county.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions filters-actions">
          <button type="submit" className="button">
            {t('examples.searchButton')}
          </button>
          {filtered && (
            <Link to={{ search: '' }} className="button button-secondary">
              {t('examples.clear')}
            </Link>
          )}
        </div>
      </form>
      {(strategies.isError || areas.isError || counties.isError) && (
        <ErrorAlert error={strategies.error ?? areas.error ?? counties.error} />
      )}

      <p role="status" aria-live="polite" className="result-count">
        {data
          ? t('examples.count', { count: data.totalItems, formatted: formatNumber(data.totalItems) })
          : examples.isPending
            ? t('examples.searching')
            : ''}
      </p>

      {examples.isError && <ErrorAlert error={examples.error} onRetry={() => void examples.refetch()} />}

      {data && data.totalItems === 0 && <p>{filtered ? t('examples.noResults') : t('examples.none')}</p>}

      {data && data.totalItems > 0 && data.items.length === 0 && (
        <p>
          {t('examples.pageOutOfRange')} <Link to={pageLink(1)}>{t('examples.firstPage')}</Link>
        </p>
      )}

      {data && data.items.length > 0 && (
        <>
          <ul
            className="example-list"
            aria-label={t('examples.resultsLabel')}
            aria-busy={examples.isPlaceholderData || undefined}
          >
            {data.items.map((example) => (
              <li key={example.id}>
                <ExampleCard example={example} />
              </li>
            ))}
          </ul>
          <Pagination page={data.page} totalPages={data.totalPages} linkTo={pageLink} />
        </>
      )}
    </>
  );
}

function excerpt(text: string) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > excerptLength ? `${flat.slice(0, excerptLength).trimEnd()}…` : flat;
}

function ExampleCard({ example }: { example: LearningExample }) {
  const { t } = useTranslation();
  const headingId = `example-${example.id}`;
  return (
    <article className="example-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={appPaths.example(example.id)}>{example.title}</Link>
      </h2>
      <p className="example-meta">
        {example.ownerName}
        {' · '}
        {example.published && example.publishedAt ? (
          t('examples.publishedOn', { date: formatDate(example.publishedAt) })
        ) : (
          <span className="example-badge">{t('examples.draft')}</span>
        )}
      </p>
      <p>{example.headline ? <Headline text={example.headline} /> : excerpt(example.body)}</p>
      <ExampleTags example={example} />
    </article>
  );
}
