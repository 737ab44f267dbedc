import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appPaths } from '@/lib/app-paths';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useAllTokens } from '../api/list-all-tokens';
import { useRevokeToken } from '../api/revoke-token';
import { TokenList } from '../components/token-list';
import type { ApiToken } from '../utils/token-scopes';

export function AllTokensRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('tokens.all.title'));
  const tokens = useAllTokens();
  const revoke = useRevokeToken();

  return (
    <>
      <h1>{t('tokens.all.title')}</h1>
      <p className="lead">{t('tokens.all.intro')}</p>
      <TokenList
        tokens={tokens}
        revoke={revoke}
        caption={t('tokens.all.caption')}
        empty={t('tokens.all.empty')}
        owner={(token) => <TokenOwner token={token} />}
      />
    </>
  );
}

/** A personal token links to its owner, an integration token to its municipality. */
function TokenOwner({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  if (token.municipalityCode) {
    return (
      <Link to={appPaths.municipality(token.municipalityCode)}>
        {t('tokens.all.integrationOwner', { code: token.municipalityCode })}
      </Link>
    );
  }
  if (token.ownerId) {
    return <Link to={appPaths.user(token.ownerId)}>{t('tokens.all.personalOwner')}</Link>;
  }
  return null;
}
