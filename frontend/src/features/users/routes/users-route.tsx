import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { appPaths } from '@/lib/app-paths';
import { formatDate, formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useUsers } from '../api/list-users';
import { GrantDescription } from '../components/grant-description';
import { UserCreateForm } from '../components/user-create-form';
import { readFilters, toListParams, toSearchParams } from '../utils/user-list-filters';
import { TableScroll } from '@/components/ui/table-scroll';

export function UsersRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const users = useUsers(toListParams(filters));
  const [text, setText] = useState(filters.q);

  // The URL changed by other means (back button, a link): show its search.
  useEffect(() => setText(filters.q), [filters.q]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setSearchParams(toSearchParams({ q: text.trim(), page: 1 }));
  };
  const pageLink = (page: number) => ({ search: `?${toSearchParams({ ...filters, page })}` });
  const data = users.data;

  return (
    <>
      <h1>{t('users.title')}</h1>
      <p className="lead">{t('users.intro')}</p>

      <form className="filters" role="search" aria-label={t('users.searchLabel')} onSubmit={search}>
        <Field label={t('users.search')} hint={t('users.searchHint')}>
          {(control) => (
            <input
              {...control}
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <div className="form-actions filters-actions">
          <button type="submit" className="button">
            {t('users.searchSubmit')}
          </button>
        </div>
      </form>

      <p role="status" aria-live="polite" className="result-count">
        {data ? t('users.count', { count: data.totalItems, formatted: formatNumber(data.totalItems) }) : ''}
      </p>
      {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      {data && data.totalItems === 0 && <p>{t('users.noResults')}</p>}
      {data && data.items.length > 0 && (
        <>
          <TableScroll>
            <table className="data-table" aria-busy={users.isPlaceholderData}>
              <caption>{filters.q ? t('users.captionFiltered') : t('users.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.columns.name')}</th>
                  <th scope="col">{t('users.columns.email')}</th>
                  <th scope="col">{t('users.columns.roles')}</th>
                  <th scope="col">{t('users.columns.status')}</th>
                  <th scope="col">{t('users.columns.created')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">
                      <Link to={appPaths.user(user.id)}>{user.displayName}</Link>
                    </th>
                    <td>{user.email}</td>
                    <td>
                      {user.grants.length === 0 ? (
                        <span className="muted">{t('users.grants.none')}</span>
                      ) : (
                        <ul className="plain-list">
                          {user.grants.map((grant) => (
                            <li key={grant.id ?? grant.role}>
                              <GrantDescription grant={grant} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>{user.active ? t('users.active') : t('users.inactive')}</td>
                    <td>{formatDate(user.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination page={data.page} totalPages={data.totalPages} linkTo={pageLink} />
        </>
      )}

      <section aria-labelledby="new-user">
        <h2 id="new-user">{t('users.create.title')}</h2>
        <p>{t('users.create.intro')}</p>
        <UserCreateForm />
      </section>
    </>
  );
}
