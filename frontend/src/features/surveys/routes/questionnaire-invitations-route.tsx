import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { appPaths } from '@/lib/app-paths';
import { formatDateTime, formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useDownloadReminderCsv } from '../api/download-reminder-csv';
import { useQuestionnaireResponseRates } from '../api/get-questionnaire-response-rates';
import { useInvitations } from '../api/list-invitations';
import { useReissueInvitationLink } from '../api/reissue-invitation-link';
import { useRevokeInvitation } from '../api/revoke-invitation';
import type { Invitation, InvitationLink } from '../api/types';
import { CopyButton } from '../components/copy-button';
import { CountyChoice, useCountyName } from '../components/county-choice';
import { InviteForm } from '../components/invite-form';
import { MailPanel } from '../components/mail-panel';
import { linkAddress } from '../components/invitation-links';
import { ReopenForm } from '../components/reopen-form';
import { ResponseRateFacts } from '../components/response-rate-table';
import {
  invitationListParams,
  invitationSearchParams,
  invitationStatuses,
  readInvitationFilters,
  type InvitationFilters,
} from '../utils/invitation-filters';
import { useLocalized } from '@/utils/localized';
import { useQuestionnaireContext } from './questionnaire-route';
import { TableScroll } from '@/components/ui/table-scroll';

/** Utskick: send the questionnaire, and follow each municipality's invitation. */
export function QuestionnaireInvitationsRoute() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { questionnaire, mayManage } = useQuestionnaireContext();
  useDocumentTitle(`${localized(questionnaire.title)}: ${t('surveys.questionnaire.invitations')}`);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readInvitationFilters(searchParams);
  const setFilters = (change: Partial<InvitationFilters>) =>
    setSearchParams(invitationSearchParams({ ...filters, page: 1, ...change }));
  const invitations = useInvitations(questionnaire.id, invitationListParams(filters));
  const rates = useQuestionnaireResponseRates(questionnaire.id);
  const reminders = useDownloadReminderCsv(questionnaire.id);
  const pageLink = (page: number) => ({ search: `?${invitationSearchParams({ ...filters, page })}` });
  const data = invitations.data;
  const filtered = Boolean(filters.status || filters.county);

  return (
    <>
      {mayManage && questionnaire.status !== 'archived' && (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('surveys.invite.heading')}</h2>
          <p>{t('surveys.invite.intro')}</p>
          <InviteForm questionnaire={questionnaire} />
        </section>
      )}

      {questionnaire.status === 'open' && (
        <MailPanel questionnaireId={questionnaire.id} mayManage={mayManage} />
      )}

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('surveys.invitations.heading')}</h2>
        {rates.isError && <ErrorAlert error={rates.error} onRetry={() => void rates.refetch()} />}
        {rates.data && <ResponseRateFacts rate={rates.data.total} />}

        <div className="filters">
          <Field label={t('surveys.invitations.statusFilter')}>
            {(control) => (
              <select
                {...control}
                value={filters.status}
                onChange={(event) =>
                  setFilters({ status: event.target.value as InvitationFilters['status'] })
                }
              >
                <option value="">{t('surveys.invitations.allStatuses')}</option>
                {invitationStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`surveys.invitationStatus.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <CountyChoice
            label={t('surveys.invitations.county')}
            emptyLabel={t('surveys.invitations.allCounties')}
            value={filters.county}
            onChange={(county) => setFilters({ county })}
          />
        </div>

        <div className="download">
          <p className="field-hint" id="reminders-hint">
            {t('surveys.invitations.remindersHint')}
          </p>
          <button
            type="button"
            className="button button-secondary"
            aria-describedby="reminders-hint"
            onClick={() => reminders.mutate(filters.county || undefined)}
            disabled={reminders.isPending}
          >
            {reminders.isPending ? t('surveys.invitations.downloading') : t('surveys.invitations.reminders')}
          </button>
          {reminders.isError && <ErrorAlert error={reminders.error} />}
        </div>

        <p role="status" aria-live="polite" className="result-count">
          {data
            ? t('surveys.invitations.count', {
                count: data.totalItems,
                formatted: formatNumber(data.totalItems),
              })
            : ''}
        </p>
        {invitations.isPending && <Loading />}
        {invitations.isError && (
          <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />
        )}
        {data && data.totalItems === 0 && <p>{t('surveys.invitations.empty')}</p>}
        {data && data.items.length > 0 && (
          <>
            <InvitationTable
              invitations={data.items}
              caption={filtered ? t('surveys.invitations.captionFiltered') : t('surveys.invitations.caption')}
              busy={invitations.isPlaceholderData}
              mayManage={mayManage}
              anonymous={questionnaire.anonymous}
            />
            <Pagination page={data.page} totalPages={data.totalPages} linkTo={pageLink} />
          </>
        )}
      </section>
    </>
  );
}

type InvitationTableProps = {
  invitations: readonly Invitation[];
  caption: string;
  busy: boolean;
  mayManage: boolean;
  anonymous: boolean;
};

function InvitationTable({ invitations, caption, busy, mayManage, anonymous }: InvitationTableProps) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  const questionnaireId = invitations[0]!.questionnaireId;
  const reissue = useReissueInvitationLink(questionnaireId);
  const revoke = useRevokeInvitation(questionnaireId);
  const [newLink, setNewLink] = useState<InvitationLink>();
  const [reopening, setReopening] = useState<string>();
  const [message, setMessage] = useState('');
  const error = reissue.error ?? revoke.error;

  return (
    <>
      <p role="status" className="status-message">
        {message}
      </p>
      {error && <ErrorAlert error={error} />}
      {newLink && (
        <section className="secret-box" aria-labelledby="new-link">
          <h3 id="new-link">{t('surveys.invitations.newLink', { name: newLink.municipalityName })}</h3>
          <p className="secret-warning">{t('surveys.invitations.newLinkWarning')}</p>
          <p>
            <code className="surveys-link">{linkAddress(newLink)}</code>{' '}
            <CopyButton
              text={linkAddress(newLink)}
              label={t('surveys.invite.copy')}
              target={newLink.municipalityName}
            />
          </p>
        </section>
      )}
      <TableScroll>
        <table className="data-table" aria-busy={busy}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.invitations.columns.municipality')}</th>
              <th scope="col">{t('surveys.invitations.columns.county')}</th>
              <th scope="col">{t('surveys.invitations.columns.status')}</th>
              <th scope="col">{t('surveys.invitations.columns.saved')}</th>
              <th scope="col">{t('surveys.invitations.columns.submitted')}</th>
              <th scope="col">{t('surveys.invitations.columns.contact')}</th>
              <th scope="col">{t('surveys.invitations.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => {
              const name = invitation.municipalityName;
              const active = invitation.status !== 'revoked';
              return (
                <tr key={invitation.id}>
                  <th scope="row">
                    {name} ({invitation.municipalityCode})
                  </th>
                  <td>{countyName(invitation.countyCode)}</td>
                  <td>
                    {t(`surveys.invitationStatus.${invitation.status}`)}
                    {invitation.reopenedAt && (
                      <p className="muted">
                        {t('surveys.invitations.reopenedNote', {
                          date: formatDateTime(invitation.reopenedAt),
                          reason: invitation.reopenReason ?? '',
                        })}
                      </p>
                    )}
                  </td>
                  <td>{invitation.lastSavedAt ? formatDateTime(invitation.lastSavedAt) : ''}</td>
                  <td>{invitation.submittedAt ? formatDateTime(invitation.submittedAt) : ''}</td>
                  <td className="invitation-contact">
                    {invitation.contact && (
                      <>
                        {invitation.contact.name && <span>{invitation.contact.name}</span>}
                        {invitation.contact.email && (
                          <a href={`mailto:${invitation.contact.email}`}>{invitation.contact.email}</a>
                        )}
                        {invitation.contact.phone && (
                          <a href={`tel:${invitation.contact.phone.replace(/[^0-9+]/g, '')}`}>
                            {invitation.contact.phone}
                          </a>
                        )}
                      </>
                    )}
                  </td>
                  <td>
                    <div className="surveys-actions">
                      {!anonymous && invitation.status !== 'not_started' && (
                        <Link to={appPaths.invitationResponse(questionnaireId, invitation.id)}>
                          {t('surveys.invitations.viewAnswers')}{' '}
                          <span className="visually-hidden">{name}</span>
                        </Link>
                      )}
                      {mayManage && active && invitation.status !== 'submitted' && (
                        <ConfirmButton
                          label={t('surveys.invitations.reissue')}
                          target={name}
                          question={t('surveys.invitations.reissueQuestion')}
                          confirmLabel={t('surveys.invitations.reissueConfirm')}
                          pending={reissue.isPending}
                          onConfirm={() => reissue.mutate(invitation.id, { onSuccess: setNewLink })}
                        />
                      )}
                      {mayManage && active && invitation.status !== 'submitted' && (
                        <ConfirmButton
                          label={t('surveys.invitations.revoke')}
                          target={name}
                          question={t('surveys.invitations.revokeQuestion')}
                          confirmLabel={t('surveys.invitations.revokeConfirm')}
                          pending={revoke.isPending}
                          onConfirm={() =>
                            revoke.mutate(invitation.id, {
                              onSuccess: () => setMessage(t('surveys.invitations.revoked', { name })),
                            })
                          }
                        />
                      )}
                      {mayManage && invitation.status === 'submitted' && (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-expanded={reopening === invitation.id}
                          onClick={() =>
                            setReopening(reopening === invitation.id ? undefined : invitation.id)
                          }
                        >
                          {t('surveys.invitations.reopen')} <span className="visually-hidden">{name}</span>
                        </button>
                      )}
                    </div>
                    {reopening === invitation.id && (
                      <ReopenForm
                        invitation={invitation}
                        onDone={(done) => {
                          setReopening(undefined);
                          setMessage(done);
                        }}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
