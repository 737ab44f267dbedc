import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { violationFor } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useCreateQuestionnaire } from '../api/create-questionnaire';
import { CampaignChoice } from './campaign-choice';
import { OwnerCountyChoice, useDefaultOwnerCounty } from './owner-county-choice';

/** "Ny enkät": a title (and campaign, owner); the questions are built next, on the draft's page. */
export function QuestionnaireCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateQuestionnaire();
  const [title, setTitle] = useState('');
  const [campaignId, setCampaignId] = useState('');
  const [owner, setOwner] = useState(useDefaultOwnerCounty());
  const [errors, setErrors] = useState<{ title?: string }>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = title.trim() ? {} : { title: t('surveys.create.titleRequired') };
    setErrors(found);
    if (found.title) return;
    create.mutate(
      {
        title: { sv: title.trim() },
        ...(campaignId && { campaignId }),
        ...(owner && { ownerCountyCode: owner }),
        anonymous: false,
        // The API wants a section with a question; the builder takes it from here.
        definition: {
          sections: [
            {
              id: 's1',
              title: { sv: t('surveys.create.firstSection') },
              questions: [
                {
                  id: 'q1',
                  type: 'yes_no',
                  text: { sv: t('surveys.create.firstQuestion') },
                  required: false,
                },
              ],
            },
          ],
        },
      },
      { onSuccess: (questionnaire) => void navigate(appPaths.questionnaireEdit(questionnaire.id)) },
    );
  };

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate>
      {create.isError && <ErrorAlert error={create.error} shownAtFields={['title.sv']} />}
      <Field label={t('surveys.create.title')} error={errors.title ?? violationFor(create.error, 'title.sv')}>
        {(control) => <input {...control} value={title} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <CampaignChoice
        value={campaignId}
        onChange={(id, campaignOwner) => {
          setCampaignId(id);
          if (id) setOwner(campaignOwner);
        }}
      />
      <OwnerCountyChoice value={owner} onChange={setOwner} disabled={Boolean(campaignId)} />
      <SubmitButton
        pending={create.isPending}
        label={t('surveys.create.blankSubmit')}
        pendingLabel={t('surveys.create.creating')}
      />
    </form>
  );
}
