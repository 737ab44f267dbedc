import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useRevokeRole } from '../api/revoke-role';
import type { Grant } from '../utils/roles';
import { useGrantText } from '@/lib/catalogues/place-names';
import { GrantDescription } from './grant-description';

/** The person's roles, each with a button to revoke it (on the person's revision as loaded). */
export function GrantList({
  userId,
  revision,
  grants,
}: {
  userId: string;
  revision: number;
  grants: Grant[];
}) {
  const { t } = useTranslation();
  const revoke = useRevokeRole(userId);
  const grantText = useGrantText(grants);

  return (
    <>
      <p role="status" className="status-message">
        {revoke.isSuccess ? t('users.grants.revoked') : ''}
      </p>
      {revoke.isError && <ErrorAlert error={revoke.error} />}
      {grants.length === 0 ? (
        <p>{t('users.grants.none')}</p>
      ) : (
        <ul className="grant-list">
          {grants.map((grant) => (
            <li key={grant.id ?? `${grant.role}-${grant.countyCode}-${grant.municipalityCode}`}>
              <span>
                <GrantDescription grant={grant} />
              </span>
              {grant.id && (
                <ConfirmButton
                  label={t('users.grants.revoke')}
                  target={grantText(grant)}
                  question={t('users.grants.revokeQuestion')}
                  confirmLabel={t('users.grants.revokeConfirm')}
                  onConfirm={() => grant.id && revoke.mutate({ grantId: grant.id, revision })}
                  pending={revoke.isPending && revoke.variables?.grantId === grant.id}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
