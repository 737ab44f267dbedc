import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appPaths } from '@/lib/app-paths';
import type { components } from '@/lib/api/schema';
import { formatDateTime, formatNumber } from '@/utils/format';
import { isAuditAction, isAuditEntityType } from '../utils/audit-filters';
import { TableScroll } from '@/components/ui/table-scroll';

type AuditEvent = components['schemas']['AuditEvent'];

type AuditTableProps = {
  events: AuditEvent[];
  caption: string;
  busy: boolean;
};

/** Audit events, newest first, each change as "field: before → after". */
export function AuditTable({ events, caption, busy }: AuditTableProps) {
  const { t } = useTranslation();

  return (
    <TableScroll>
      <table className="data-table audit-table" aria-busy={busy}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.time')}</th>
            <th scope="col">{t('audit.columns.actor')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.type')}</th>
            <th scope="col">{t('audit.columns.id')}</th>
            <th scope="col">{t('audit.columns.municipality')}</th>
            <th scope="col">{t('audit.columns.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row" className="nowrap">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              </th>
              <td className="break">
                {event.actorLabel}
                {event.actorType !== 'user' && (
                  <span className="muted"> ({t(`audit.actorTypes.${event.actorType}`)})</span>
                )}
              </td>
              <td>{isAuditAction(event.action) ? t(`audit.actions.${event.action}`) : event.action}</td>
              <td>
                {isAuditEntityType(event.entityType)
                  ? t(`audit.types.${event.entityType}`)
                  : event.entityType}
              </td>
              <td>
                {event.entityId &&
                  (event.entityType === 'user' ? (
                    <Link to={appPaths.user(event.entityId)}>
                      <ShortId id={event.entityId} />
                    </Link>
                  ) : (
                    <ShortId id={event.entityId} />
                  ))}
              </td>
              <td>
                {event.municipalityCode && (
                  <Link to={appPaths.municipality(event.municipalityCode)}>{event.municipalityCode}</Link>
                )}
              </td>
              <td>
                <Changes changes={event.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Changes({ changes }: { changes: AuditEvent['changes'] }) {
  const { t } = useTranslation();
  const entries = Object.entries(changes);
  if (entries.length === 0) {
    return null;
  }
  const show = (value: unknown) => formatValue(value, t('common.yes'), t('common.no'));
  return (
    <ul className="plain-list changes">
      {entries.map(([field, change]) => (
        <li key={field}>
          <code>{field}</code>: {show(change.before)} → {show(change.after)}
        </li>
      ))}
    </ul>
  );
}

/** A long id (a UUID) shows its start; a screen reader, a copy and a tooltip get all of it. */
function ShortId({ id }: { id: string }) {
  if (id.length <= 12) {
    return <>{id}</>;
  }
  return (
    <span className="short-id" title={id}>
      <span aria-hidden="true">{id.slice(0, 8)}…</span>
      <span className="visually-hidden">{id}</span>
    </span>
  );
}

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A value before or after a change, as text: nothing is "–", numbers and times the Swedish way, lists joined. */
export function formatValue(value: unknown, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string' && instant.test(value)) return formatDateTime(value);
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) return value.map((item) => formatValue(item, yes, no)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
