import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { useCampaigns } from '../api/list-campaigns';

type CampaignChoiceProps = {
  value: string;
  /** Gets the campaign's id and its owning county ('' for a national campaign, or for no campaign). */
  onChange: (id: string, ownerCountyCode: string) => void;
};

/** The campaign a new questionnaire joins, if any: the questionnaire then has the campaign's owner. */
export function CampaignChoice({ value, onChange }: CampaignChoiceProps) {
  const { t } = useTranslation();
  const campaigns = useCampaigns({ size: 100 });
  return (
    <Field label={t('surveys.create.campaign')} hint={value ? t('surveys.create.campaignOwner') : undefined}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => {
            const campaign = campaigns.data?.items.find((item) => item.id === event.target.value);
            onChange(event.target.value, campaign?.ownerCountyCode ?? '');
          }}
        >
          <option value="">{t('surveys.create.noCampaign')}</option>
          {campaigns.data?.items.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.title}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
