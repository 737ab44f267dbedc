import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { TableScroll } from '@/components/ui/table-scroll';
import { usePlaceNames } from '@/lib/catalogues/place-names';
import { formatDateTime, formatNumber } from '@/utils/format';
import { useMailLog } from '../api/list-mail-log';
import { usePreviewMailing } from '../api/preview-mailing';
import { useQueueMailing } from '../api/queue-mailing';
import { useReminderSchedule, useSetReminderSchedule } from '../api/reminder-schedule';
import { useRetryFailedMail } from '../api/retry-failed-mail';

type Kind = 'invitation' | 'reminder';

/** E-mail on the invitation board: preview and send, remind now, the reminder schedule and the send log. */
export function MailPanel({ questionnaireId, mayManage }: { questionnaireId: string; mayManage: boolean }) {
  const { t } = useTranslation();
  const log = useMailLog(questionnaireId);
  const retry = useRetryFailedMail(questionnaireId);

  return (
    <section aria-labelledby="mail-heading">
      <h2 id="mail-heading">{t('surveys.mail.heading')}</h2>
      <p>{t('surveys.mail.intro')}</p>
      {mayManage && <SendForm questionnaireId={questionnaireId} />}
      {mayManage && <ScheduleForm questionnaireId={questionnaireId} />}

      <h3>{t('surveys.mail.logHeading')}</h3>
      {log.isPending && <Loading />}
      {log.isError && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && log.data.length === 0 && <p>{t('surveys.mail.logNone')}</p>}
      {log.data && log.data.length > 0 && (
        <>
          <TableScroll>
            <table className="mail-log">
              <caption className="visually-hidden">{t('surveys.mail.logHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.mail.municipality')}</th>
                  <th scope="col">{t('surveys.mail.kind')}</th>
                  <th scope="col">{t('surveys.mail.recipient')}</th>
                  <th scope="col">{t('surveys.mail.status')}</th>
                  <th scope="col">{t('surveys.mail.attempts')}</th>
                  <th scope="col">{t('surveys.mail.time')}</th>
                  <th scope="col">{t('surveys.mail.reply')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.map((entry) => (
                  <tr key={entry.id} data-status={entry.status}>
                    <td>{entry.municipalityName}</td>
                    <td>{t(`surveys.mail.kinds.${entry.kind ?? 'invitation'}`)}</td>
                    <td>{entry.recipient}</td>
                    <td>{t(`surveys.mail.statuses.${entry.status ?? 'queued'}`)}</td>
                    <td>{formatNumber(entry.attempts ?? 0)}</td>
                    <td>{formatDateTime(entry.sentAt ?? entry.lastAttemptAt ?? entry.queuedAt ?? '')}</td>
                    <td>
                      {entry.reason && t(`surveys.mail.reasons.${entry.reason}`)}
                      {entry.reason && entry.lastReply && ' '}
                      {entry.lastReply}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {mayManage && log.data.some((entry) => entry.status === 'failed') && (
            <button type="button" onClick={() => retry.mutate()} disabled={retry.isPending}>
              {t('surveys.mail.retry')}
            </button>
          )}
          {retry.isError && <ErrorAlert error={retry.error} />}
        </>
      )}
    </section>
  );
}

function SendForm({ questionnaireId }: { questionnaireId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('invitation');
  const [note, setNote] = useState('');
  const [sendAt, setSendAt] = useState('');
  const preview = usePreviewMailing(questionnaireId);
  const queue = useQueueMailing(questionnaireId);
  const withoutContacts = queue.data?.municipalitiesWithoutContacts ?? [];
  const names = usePlaceNames(withoutContacts);
  const withoutContactsText = withoutContacts
    .map((code) => names.municipality(code) ?? code)
    .sort((a, b) => a.localeCompare(b, 'sv'))
    .join(', ');

  const send = (event: FormEvent, chosen: Kind) => {
    event.preventDefault();
    queue.mutate({
      kind: chosen,
      note: note.trim() || undefined,
      sendAt: sendAt ? new Date(sendAt).toISOString() : undefined,
    });
  };

  return (
    <form className="stack" onSubmit={(event) => send(event, kind)}>
      <Field label={t('surveys.mail.kind')}>
        {(control) => (
          <select {...control} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
            <option value="invitation">{t('surveys.mail.kindInvitation')}</option>
            <option value="reminder">{t('surveys.mail.kindReminder')}</option>
          </select>
        )}
      </Field>
      <Field label={t('surveys.mail.note')}>
        {(control) => (
          <textarea
            {...control}
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('surveys.mail.sendAt')}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            value={sendAt}
            onChange={(event) => setSendAt(event.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button
          type="button"
          onClick={() => preview.mutate({ kind, note: note.trim() || undefined, language: 'sv' })}
          disabled={preview.isPending}
        >
          {t('surveys.mail.preview')}
        </button>
        <button type="submit" disabled={queue.isPending}>
          {t('surveys.mail.send')}
        </button>
        <button type="button" onClick={(event) => send(event, 'reminder')} disabled={queue.isPending}>
          {t('surveys.mail.remindNow')}
        </button>
      </div>
      {preview.isError && <ErrorAlert error={preview.error} />}
      {preview.data && (
        <section className="mail-preview" aria-labelledby="mail-preview-heading">
          <h3 id="mail-preview-heading">{t('surveys.mail.previewHeading')}</h3>
          <p>
            <strong>{preview.data.subject}</strong>
          </p>
          <pre>{preview.data.body}</pre>
          <p>{t('surveys.mail.recipients', { count: preview.data.recipients ?? 0 })}</p>
        </section>
      )}
      {queue.isError && <ErrorAlert error={queue.error} />}
      {queue.data && (
        <p role="status">
          {t('surveys.mail.queued', { count: queue.data.queued ?? 0 })}
          {withoutContacts.length > 0 &&
            ' ' + t('surveys.mail.withoutContacts', { codes: withoutContactsText })}
        </p>
      )}
    </form>
  );
}

function ScheduleForm({ questionnaireId }: { questionnaireId: string }) {
  const { t } = useTranslation();
  const schedule = useReminderSchedule(questionnaireId);
  const save = useSetReminderSchedule(questionnaireId);
  const [days, setDays] = useState<string | null>(null);
  const shown = days ?? schedule.data?.daysBefore.join(', ') ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = shown
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number)
      .filter((n) => Number.isInteger(n));
    save.mutate(parsed);
  };

  return (
    <form className="stack" onSubmit={submit}>
      <h3>{t('surveys.mail.scheduleHeading')}</h3>
      <Field label={t('surveys.mail.scheduleDays')}>
        {(control) => <input {...control} value={shown} onChange={(event) => setDays(event.target.value)} />}
      </Field>
      {schedule.data && schedule.data.sendTimes && schedule.data.sendTimes.length > 0 && (
        <ul>
          {schedule.data.sendTimes.map((time) => (
            <li key={time}>{formatDateTime(time)}</li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={save.isPending}>
        {t('surveys.mail.scheduleSave')}
      </button>
      {save.isError && <ErrorAlert error={save.error} />}
      {save.isSuccess && <p role="status">{t('surveys.mail.scheduleSaved')}</p>}
    </form>
  );
}
