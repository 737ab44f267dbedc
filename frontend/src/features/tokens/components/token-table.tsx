import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { formatDate } from '@/utils/format';
import { tokenStatus, type ApiToken } from '../utils/token-scopes';
import { TableScroll } from '@/components/ui/table-scroll';

type TokenTableProps = {
  tokens: ApiToken[];
  caption: string;
  onRevoke: (token: ApiToken) => void;
  /** The token being revoked just now, if any. */
  revokingId?: string;
  /** An extra column saying whom a token belongs to (the administrators' list of all tokens). */
  owner?: (token: ApiToken) => ReactNode;
};

/** Tokens without their values: name, prefix, scopes, dates and status, and a revoke button. */
export function TokenTable({ tokens, caption, onRevoke, revokingId, owner }: TokenTableProps) {
  const { t } = useTranslation();

  return (
    <TableScroll>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens.columns.name')}</th>
            {owner && <th scope="col">{t('tokens.columns.owner')}</th>}
            <th scope="col">{t('tokens.columns.prefix')}</th>
            <th scope="col">{t('tokens.columns.scopes')}</th>
            <th scope="col">{t('tokens.columns.created')}</th>
            <th scope="col">{t('tokens.columns.expires')}</th>
            <th scope="col">{t('tokens.columns.lastUsed')}</th>
            <th scope="col">{t('tokens.columns.status')}</th>
            <th scope="col">{t('tokens.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token);
            return (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                {owner && <td>{owner(token)}</td>}
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>
                  <ul className="plain-list">
                    {token.scopes.map((scope) => (
                      <li key={scope}>
                        <code>{scope}</code>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{formatDate(token.createdAt)}</td>
                <td>{formatDate(token.expiresAt)}</td>
                <td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : t('tokens.neverUsed')}</td>
                <td>
                  {status === 'revoked' && token.revokedAt
                    ? t('tokens.status.revokedOn', { date: formatDate(token.revokedAt) })
                    : t(`tokens.status.${status}`)}
                </td>
                <td>
                  {status !== 'revoked' && (
                    <ConfirmButton
                      label={t('tokens.revoke')}
                      target={token.name}
                      question={t('tokens.revokeQuestion', { name: token.name })}
                      confirmLabel={t('tokens.revokeConfirm')}
                      onConfirm={() => onRevoke(token)}
                      pending={revokingId === token.id}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
