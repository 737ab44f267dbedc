import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/get-me';
import { mayEditMunicipality } from '@/lib/auth/permissions';
import { useCreateMunicipalityToken } from '../api/create-municipality-token';
import { useMunicipalityTokens } from '../api/list-municipality-tokens';
import { useRevokeMunicipalityToken } from '../api/revoke-municipality-token';
import { integrationScopes } from '../utils/token-scopes';
import { TokenCreateForm } from './token-create-form';
import { TokenList } from './token-list';

/** A municipality's integration tokens, for its editors and administrators; nothing for anyone else. */
export function MunicipalityTokensSection({ municipalityCode }: { municipalityCode: string }) {
  const me = useMe();
  const allowed = mayEditMunicipality(me.data, municipalityCode);
  // Not even asked for unless the person may see them.
  return allowed ? <IntegrationTokens municipalityCode={municipalityCode} /> : null;
}

function IntegrationTokens({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation();
  const tokens = useMunicipalityTokens(municipalityCode);
  const create = useCreateMunicipalityToken(municipalityCode);
  const revoke = useRevokeMunicipalityToken(municipalityCode);

  return (
    <section aria-labelledby="integration-tokens">
      <h2 id="integration-tokens">{t('tokens.municipality.title')}</h2>
      <p className="lead">{t('tokens.municipality.intro')}</p>
      <TokenList
        tokens={tokens}
        revoke={revoke}
        caption={t('tokens.municipality.caption')}
        empty={t('tokens.municipality.empty')}
      />
      <h3>{t('tokens.municipality.new')}</h3>
      <TokenCreateForm scopes={integrationScopes} create={create} />
    </section>
  );
}
