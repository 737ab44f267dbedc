import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { appPaths } from '@/lib/app-paths';
import { formatNumber } from '@/utils/format';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useImportQuestionnaireTemplate, type TemplateKey } from '../api/import-questionnaire-template';
import { useQuestionnaireTemplates } from '../api/list-questionnaire-templates';
import { useLocalized } from '@/utils/localized';
import { CampaignChoice } from './campaign-choice';
import { OwnerCountyChoice, useDefaultOwnerCounty } from './owner-county-choice';

/** "Ny från mall": a template, an optional campaign and the owning county; goes to the new draft. */
export function TemplateImportForm() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const templates = useQuestionnaireTemplates();
  const importTemplate = useImportQuestionnaireTemplate();
  const [key, setKey] = useState<TemplateKey | ''>('');
  const [campaignId, setCampaignId] = useState('');
  const [owner, setOwner] = useState(useDefaultOwnerCounty());
  const [errors, setErrors] = useState<{ key?: string }>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = key ? {} : { key: t('surveys.create.templateRequired') };
    setErrors(found);
    if (!key) return;
    importTemplate.mutate(
      {
        key,
        request: { ...(campaignId && { campaignId }), ...(owner && { ownerCountyCode: owner }) },
      },
      { onSuccess: (questionnaire) => void navigate(appPaths.questionnaire(questionnaire.id)) },
    );
  };

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate>
      {importTemplate.isError && <ErrorAlert error={importTemplate.error} />}
      {templates.isError && <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />}
      <Field label={t('surveys.create.template')} error={errors.key}>
        {(control) => (
          <select
            {...control}
            value={key}
            onChange={(event) => setKey(event.target.value as TemplateKey | '')}
          >
            <option value="">{t('surveys.create.chooseTemplate')}</option>
            {templates.data?.map((template) => (
              <option key={template.key} value={template.key}>
                {t('surveys.create.templateQuestions', {
                  title: localized(template.title),
                  count: template.questions,
                  formatted: formatNumber(template.questions),
                })}
              </option>
            ))}
          </select>
        )}
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
        pending={importTemplate.isPending}
        label={t('surveys.create.importSubmit')}
        pendingLabel={t('surveys.create.creating')}
      />
    </form>
  );
}
