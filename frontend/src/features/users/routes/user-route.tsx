import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { ApiError, isNotFound } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { formatDate } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useUser } from '../api/get-user';
import { useUpdateUser } from '../api/update-user';
import {
  GrantForm,
  type CountyPickerComponent,
  type MunicipalityPickerComponent,
} from '../components/grant-form';
import { GrantList } from '../components/grant-list';
import { UserPasswordForm } from '../components/user-password-form';

type UserRouteProps = {
  CountyPicker: CountyPickerComponent;
  MunicipalityPicker: MunicipalityPickerComponent;
};

export function UserRoute({ CountyPicker, MunicipalityPicker }: UserRouteProps) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser(id);
  const update = useUpdateUser(id);
  // A malformed id is a 400 from the API; for a person it is as good as not found.
  const notFound = isNotFound(user.error) || (user.error instanceof ApiError && user.error.status === 400);
  useDocumentTitle(user.data?.displayName ?? (notFound ? t('users.notFound') : t('users.title')));

  return (
    <>
      <p className="back-link">
        <Link to={appPaths.users}>← {t('users.back')}</Link>
      </p>
      {user.isPending && <Loading />}
      {notFound && (
        <>
          <h1>{t('users.notFound')}</h1>
          <p>{t('users.notFoundBody')}</p>
        </>
      )}
      {user.isError && !notFound && <ErrorAlert error={user.error} onRetry={() => void user.refetch()} />}
      {user.isSuccess && (
        <>
          <h1>{user.data.displayName}</h1>
          <dl className="facts">
            <div>
              <dt>{t('users.columns.email')}</dt>
              <dd className="break">{user.data.email}</dd>
            </div>
            <div>
              <dt>{t('users.columns.status')}</dt>
              <dd>{user.data.active ? t('users.active') : t('users.inactive')}</dd>
            </div>
            <div>
              <dt>{t('users.columns.created')}</dt>
              <dd>{formatDate(user.data.createdAt)}</dd>
            </div>
          </dl>

          <section aria-labelledby="user-account">
            <h2 id="user-account">{t('users.account.title')}</h2>
            <p role="status" className="status-message">
              {update.isSuccess
                ? update.data.active
                  ? t('users.account.activated')
                  : t('users.account.deactivated')
                : ''}
            </p>
            {update.isError && <ErrorAlert error={update.error} />}
            {user.data.active ? (
              <>
                <p>{t('users.account.deactivateHelp')}</p>
                <ConfirmButton
                  label={t('users.account.deactivate')}
                  target={user.data.displayName}
                  question={t('users.account.deactivateQuestion', { name: user.data.displayName })}
                  confirmLabel={t('users.account.deactivateConfirm')}
                  onConfirm={() => update.mutate({ revision: user.data.revision, update: { active: false } })}
                  pending={update.isPending}
                />
              </>
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => update.mutate({ revision: user.data.revision, update: { active: true } })}
                disabled={update.isPending}
              >
                {t('users.account.activate')}
              </button>
            )}
            <h3>{t('users.password.title')}</h3>
            <UserPasswordForm userId={user.data.id} revision={user.data.revision} />
          </section>

          <section aria-labelledby="user-grants">
            <h2 id="user-grants">{t('users.grants.title')}</h2>
            <GrantList userId={user.data.id} revision={user.data.revision} grants={user.data.grants} />
            <h3>{t('users.grantForm.title')}</h3>
            <GrantForm
              userId={user.data.id}
              CountyPicker={CountyPicker}
              MunicipalityPicker={MunicipalityPicker}
            />
          </section>
        </>
      )}
    </>
  );
}
