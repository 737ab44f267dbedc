import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { appPaths } from '@/lib/app-paths';
import { formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useAuditEvents } from '../api/list-audit-events';
import { AuditTable } from '../components/audit-table';
import {
  auditActions,
  auditEntityTypes,
  readFilters,
  toQueryParams,
  toSearchParams,
  type AuditFilters,
} from '../utils/audit-filters';

type Errors = Partial<Record<'municipality' | 'to', string>>;

export function AuditRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const events = useAuditEvents(toQueryParams(filters));
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const [errors, setErrors] = useState<Errors>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const search = searchParams.toString();

  // The URL changed by other means (back button, a link): show its filters.
  useEffect(() => setDraft(readFilters(new URLSearchParams(search))), [search]);

  const set = (field: keyof Omit<AuditFilters, 'page'>) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const municipality = draft.municipality.trim();
    const found: Errors = {
      ...(municipality &&
        !/^\d{4}$/.test(municipality) && { municipality: t('audit.filters.municipalityInvalid') }),
      ...(draft.from && draft.to && draft.to < draft.from && { to: t('audit.filters.toBeforeFrom') }),
    };
    setErrors(found);
    if (Object.keys(found).length === 0) {
      setSearchParams(toSearchParams({ ...draft, municipality, page: 1 }));
    }
  };

  const pageLink = (page: number) => ({ search: `?${toSearchParams({ ...filters, page })}` });
  const data = events.data;
  const filtered = Boolean(
    filters.municipality || filters.type || filters.action || filters.from || filters.to,
  );

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>

      <form
        ref={form}
        className="filters"
        role="search"
        aria-label={t('audit.filters.label')}
        noValidate
        onSubmit={submit}
      >
        <Field
          label={t('audit.filters.municipality')}
          hint={t('audit.filters.municipalityHint')}
          error={errors.municipality}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              maxLength={4}
              autoComplete="off"
              value={draft.municipality}
              onChange={(event) => set('municipality')(event.target.value)}
              className="input-short"
            />
          )}
        </Field>
        <Field label={t('audit.filters.type')}>
          {(control) => (
            <select {...control} value={draft.type} onChange={(event) => set('type')(event.target.value)}>
              <option value="">{t('audit.filters.allTypes')}</option>
              {auditEntityTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`audit.types.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('audit.filters.action')}>
          {(control) => (
            <select {...control} value={draft.action} onChange={(event) => set('action')(event.target.value)}>
              <option value="">{t('audit.filters.allActions')}</option>
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {t(`audit.actions.${action}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('audit.filters.from')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.from}
              onChange={(event) => set('from')(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('audit.filters.to')} error={errors.to}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.to}
              onChange={(event) => set('to')(event.target.value)}
            />
          )}
        </Field>
        <div className="form-actions filters-actions">
          <button type="submit" className="button">
            {t('audit.filters.submit')}
          </button>
          {filtered && <Link to={appPaths.audit}>{t('audit.filters.clear')}</Link>}
        </div>
      </form>

      <p role="status" aria-live="polite" className="result-count">
        {data ? t('audit.count', { count: data.totalItems, formatted: formatNumber(data.totalItems) }) : ''}
      </p>
      {events.isPending && <Loading />}
      {events.isError && <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      {data && data.totalItems === 0 && <p>{t('audit.noResults')}</p>}
      {data && data.totalItems > 0 && data.items.length === 0 && (
        <p>
          {t('municipalities.pageOutOfRange')} <Link to={pageLink(1)}>{t('municipalities.firstPage')}</Link>
        </p>
      )}
      {data && data.items.length > 0 && (
        <>
          <AuditTable
            events={data.items}
            caption={filtered ? t('audit.captionFiltered') : t('audit.caption')}
            busy={events.isPlaceholderData}
          />
          <Pagination page={data.page} totalPages={data.totalPages} linkTo={pageLink} />
        </>
      )}
    </>
  );
}
