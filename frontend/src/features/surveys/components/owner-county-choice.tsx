import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/get-me';
import { coordinatedCounties, isAdmin } from '@/lib/auth/permissions';
import { CountyChoice } from './county-choice';

type OwnerCountyChoiceProps = {
  value: string;
  onChange: (code: string) => void;
  /** What is owned; the hint says so. */
  of?: 'questionnaire' | 'campaign';
  /** Fixed, e.g. by the campaign chosen. */
  disabled?: boolean;
};

/** The county that will own what is created: any or none (national) for an administrator, else one's own. */
export function OwnerCountyChoice({
  value,
  onChange,
  of = 'questionnaire',
  disabled,
}: OwnerCountyChoiceProps) {
  const { t } = useTranslation();
  const me = useMe();
  const admin = isAdmin(me.data);
  return (
    <CountyChoice
      label={t('surveys.create.ownerCounty')}
      hint={of === 'campaign' ? t('surveys.create.campaignOwnerHint') : t('surveys.create.ownerHint')}
      emptyLabel={admin ? t('surveys.create.nationalOwner') : t('surveys.invite.chooseCounty')}
      only={admin ? undefined : coordinatedCounties(me.data)}
      value={value}
      onChange={onChange}
      disabled={disabled}
    />
  );
}

/** Where the owner choice starts: a coordinator's own county, national for an administrator. */
export function useDefaultOwnerCounty(): string {
  const me = useMe();
  const counties = coordinatedCounties(me.data);
  return isAdmin(me.data) ? '' : (counties[0] ?? '');
}
