import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useCreateCampaign } from '../api/create-campaign';
import { OwnerCountyChoice, useDefaultOwnerCounty } from './owner-county-choice';

/** "Ny kampanj": a name, a description and the owning county. */
export function CampaignCreateForm() {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState(useDefaultOwnerCounty());
  const [errors, setErrors] = useState<{ title?: string }>({});
  const [created, setCreated] = useState('');
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = title.trim() ? {} : { title: t('surveys.create.campaignTitleRequired') };
    setErrors(found);
    setCreated('');
    if (found.title) return;
    create.mutate(
      {
        title: title.trim(),
        ...(description.trim() && { description: description.trim() }),
        ...(owner && { ownerCountyCode: owner }),
      },
      {
        onSuccess: (campaign) => {
          setCreated(t('surveys.create.campaignCreated', { title: campaign.title }));
          setTitle('');
          setDescription('');
        },
      },
    );
  };

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate>
      {create.isError && <ErrorAlert error={create.error} />}
      <Field label={t('surveys.create.campaignTitle')} error={errors.title}>
        {(control) => <input {...control} value={title} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <Field label={t('surveys.create.description')}>
        {(control) => (
          <textarea
            {...control}
            value={description}
            rows={2}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <OwnerCountyChoice value={owner} onChange={setOwner} of="campaign" />
      <SubmitButton
        pending={create.isPending}
        label={t('surveys.create.campaignSubmit')}
        pendingLabel={t('surveys.create.creating')}
      />
      <p role="status" className="status-message">
        {created}
      </p>
    </form>
  );
}
