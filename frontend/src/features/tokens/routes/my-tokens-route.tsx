import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/get-me';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useCreateMyToken } from '../api/create-my-token';
import { useMyTokens } from '../api/list-my-tokens';
import { useRevokeMyToken } from '../api/revoke-my-token';
import { TokenCreateForm } from '../components/token-create-form';
import { TokenList } from '../components/token-list';
import { personalScopes } from '../utils/token-scopes';

export function MyTokensRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('tokens.mine.title'));
  const me = useMe();
  const tokens = useMyTokens();
  const create = useCreateMyToken();
  const revoke = useRevokeMyToken();

  return (
    <>
      <h1>{t('tokens.mine.title')}</h1>
      <p className="lead">{t('tokens.mine.intro')}</p>
      <section aria-labelledby="my-tokens-new">
        <h2 id="my-tokens-new">{t('tokens.mine.new')}</h2>
        {/* Only an administrator's own token can carry the admin scope. */}
        <TokenCreateForm scopes={personalScopes(me.data)} create={create} />
      </section>
      <section aria-labelledby="my-tokens-list">
        <h2 id="my-tokens-list">{t('tokens.mine.list')}</h2>
        <TokenList
          tokens={tokens}
          revoke={revoke}
          caption={t('tokens.mine.caption')}
          empty={t('tokens.mine.empty')}
        />
      </section>
    </>
  );
}
