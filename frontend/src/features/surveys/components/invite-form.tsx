import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useMe } from '@/lib/auth/get-me';
import { coordinatedCounties, isAdmin } from '@/lib/auth/permissions';
import { formatNumber } from '@/utils/format';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useQuestionnaire } from '../api/get-questionnaire';
import { useInviteMunicipalities } from '../api/invite-municipalities';
import type { FollowUpRule, InvitationRequest, Questionnaire } from '../api/types';
import { parseDecimal } from '@/utils/decimal';
import { CountyChoice } from './county-choice';
import {
  emptyFollowUp,
  FollowUpRuleFields,
  ruleValue,
  testsFor,
  type FollowUpDraft,
  type FollowUpErrors,
} from './follow-up-rule-fields';
import { InvitationLinks } from './invitation-links';
import { MunicipalityListPicker, type ChosenMunicipality } from './municipality-list-picker';

type Target = InvitationRequest['target'];
const targets: readonly Target[] = ['all', 'county', 'municipalities', 'follow_up'];

type Errors = FollowUpErrors & { countyCode?: string; municipalities?: string };

/** Sends the questionnaire to all municipalities, a county's, chosen ones, or by a follow-up rule. */
export function InviteForm({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const me = useMe();
  const invite = useInviteMunicipalities(questionnaire.id);
  // A county's questionnaire goes to its own municipalities only.
  const counties = questionnaire.ownerCountyCode
    ? [questionnaire.ownerCountyCode]
    : isAdmin(me.data)
      ? undefined
      : coordinatedCounties(me.data);
  const [target, setTarget] = useState<Target>(questionnaire.ownerCountyCode ? 'county' : 'all');
  const [countyCode, setCountyCode] = useState(questionnaire.ownerCountyCode ?? '');
  const [municipalities, setMunicipalities] = useState<ChosenMunicipality[]>([]);
  const [followUp, setFollowUp] = useState<FollowUpDraft>(emptyFollowUp);
  const [errors, setErrors] = useState<Errors>({});
  const source = useQuestionnaire(followUp.questionnaireId);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const offered = questionnaire.ownerCountyCode
    ? targets.filter((candidate) => candidate !== 'all')
    : targets;

  const followedQuestion = source.data?.definition.sections
    .flatMap((section) => section.questions)
    .find((candidate) => candidate.id === followUp.questionId);
  const followedTest = followUp.test || testsFor(followedQuestion)[0] || 'equalTo';
  const numericRule = followedTest === 'greaterThan' || followedQuestion?.type === 'number';

  const buildRule = (): FollowUpRule => {
    const question = followedQuestion;
    const test = followedTest;
    return {
      questionnaireId: followUp.questionnaireId,
      questionId: followUp.questionId,
      ...(test === 'equalTo' && { equalTo: ruleValue(question, followUp.value) }),
      ...(test === 'greaterThan' && { greaterThan: parseDecimal(followUp.value) }),
      ...(test === 'includesProfession' && { includesProfession: followUp.value }),
      ...(followUp.rowId && { rowId: followUp.rowId }),
      ...(followUp.columnId && { columnId: followUp.columnId }),
    };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (target === 'county' && !countyCode) found.countyCode = t('surveys.invite.countyRequired');
    if (target === 'municipalities' && municipalities.length === 0)
      found.municipalities = t('surveys.invite.municipalitiesRequired');
    if (target === 'follow_up') {
      if (!followUp.questionnaireId) found.questionnaireId = t('surveys.invite.followUp.sourceRequired');
      else if (!followUp.questionId) found.questionId = t('surveys.invite.followUp.questionRequired');
      else if (!followUp.value.trim()) found.value = t('surveys.invite.followUp.valueRequired');
      else if (numericRule && parseDecimal(followUp.value) === undefined)
        found.value = t('surveys.invite.followUp.numberRequired');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    invite.mutate({
      target,
      ...(target === 'county' && { countyCode }),
      ...(target === 'municipalities' && { municipalityCodes: municipalities.map((chosen) => chosen.code) }),
      ...(target === 'follow_up' && { followUp: buildRule() }),
    });
  };

  return (
    <>
      <form ref={form} className="form" onSubmit={submit} noValidate aria-labelledby="invite-heading">
        {questionnaire.status !== 'open' && <p className="alert">{t('surveys.invite.notOpen')}</p>}
        {invite.isError && <ErrorAlert error={invite.error} />}
        <fieldset className="checkbox-group">
          <legend>{t('surveys.invite.target')}</legend>
          {offered.map((candidate) => (
            <div className="checkbox" key={candidate}>
              <input
                type="radio"
                id={`invite-target-${candidate}`}
                name="invite-target"
                value={candidate}
                checked={target === candidate}
                onChange={() => {
                  setTarget(candidate);
                  setErrors({});
                }}
              />
              <label htmlFor={`invite-target-${candidate}`}>{t(`surveys.invite.targets.${candidate}`)}</label>
            </div>
          ))}
        </fieldset>
        {target === 'county' && (
          <CountyChoice
            label={t('surveys.invite.county')}
            emptyLabel={t('surveys.invite.chooseCounty')}
            value={countyCode}
            onChange={setCountyCode}
            only={counties}
            error={errors.countyCode}
          />
        )}
        {target === 'municipalities' && (
          <MunicipalityListPicker
            legend={t('surveys.invite.chosen')}
            value={municipalities}
            onChange={setMunicipalities}
            counties={counties}
            error={errors.municipalities}
          />
        )}
        {target === 'follow_up' && (
          <FollowUpRuleFields
            excludeId={questionnaire.id}
            value={followUp}
            onChange={setFollowUp}
            errors={errors}
          />
        )}
        <SubmitButton
          pending={invite.isPending}
          label={t('surveys.invite.submit')}
          pendingLabel={t('surveys.invite.sending')}
        />
        <p role="status" className="status-message">
          {invite.data &&
            [
              t('surveys.invite.result', {
                count: invite.data.created,
                formatted: formatNumber(invite.data.created),
              }),
              invite.data.alreadyInvited > 0 &&
                t('surveys.invite.alreadyInvited', {
                  count: invite.data.alreadyInvited,
                  formatted: formatNumber(invite.data.alreadyInvited),
                }),
            ]
              .filter(Boolean)
              .join(' ')}
        </p>
      </form>
      {invite.data && invite.data.invitations.length > 0 && (
        <InvitationLinks links={invite.data.invitations} />
      )}
    </>
  );
}
