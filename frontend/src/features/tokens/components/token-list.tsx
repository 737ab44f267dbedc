import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import type { ApiToken } from '../utils/token-scopes';
import { TokenTable } from './token-table';

type TokenListProps = {
  tokens: UseQueryResult<ApiToken[]>;
  revoke: UseMutationResult<void, Error, string>;
  caption: string;
  empty: string;
  owner?: (token: ApiToken) => ReactNode;
};

/** A list of tokens as it loads, fails, is empty or is there; says when a token has been revoked. */
export function TokenList({ tokens, revoke, caption, empty, owner }: TokenListProps) {
  const { t } = useTranslation();
  const revokedName = tokens.data?.find((token) => token.id === revoke.variables)?.name;

  return (
    <>
      <p role="status" className="status-message">
        {revoke.isSuccess && revokedName ? t('tokens.revoked', { name: revokedName }) : ''}
      </p>
      {revoke.isError && <ErrorAlert error={revoke.error} />}
      {tokens.isPending && <Loading />}
      {tokens.isError && <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {tokens.isSuccess && tokens.data.length === 0 && <p>{empty}</p>}
      {tokens.isSuccess && tokens.data.length > 0 && (
        <TokenTable
          tokens={tokens.data}
          caption={caption}
          owner={owner}
          onRevoke={(token) => revoke.mutate(token.id)}
          revokingId={revoke.isPending ? revoke.variables : undefined}
        />
      )}
    </>
  );
}
