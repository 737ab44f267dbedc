import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { useCampaigns } from '../api/list-campaigns';

/** The campaign a new questionnaire joins, if any. */
export function CampaignChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const campaigns = useCampaigns({ size: 100 });
  return (
    <Field label={t('surveys.create.campaign')}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
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
