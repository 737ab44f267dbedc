import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appPaths } from '@/lib/app-paths';
import type { components } from '@/lib/api/schema';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { useGrantText, usePlaceNames, type PlaceNames } from '@/lib/catalogues/place-names';
import { formatDateTime, formatNumber } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
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
  const names = usePlaceNames(
    events.flatMap((event) => [event.municipalityCode, ...placeCodesIn(event.changes)]),
  );
  const grantText = useGrantText(events.flatMap((event) => grantsIn(event.changes)));
  const serviceAreas = useServiceAreas();
  const catalogueName = useCatalogueName();
  const serviceAreaName = (code: string) => {
    const area = serviceAreas.data?.find((item) => item.code === code);
    return area ? catalogueName(area) : undefined;
  };
  const named: Named = { names, grantText, serviceAreaName };

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
                  <Link to={appPaths.municipality(event.municipalityCode)}>
                    {names.municipality(event.municipalityCode) ?? event.municipalityCode}
                  </Link>
                )}
              </td>
              <td>
                <Changes changes={event.changes} named={named} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type Named = {
  names: PlaceNames;
  grantText: ReturnType<typeof useGrantText>;
  serviceAreaName: (code: string) => string | undefined;
};

/** Fields whose values are municipality or county codes, which people read as names. */
const municipalityFields = new Set(['municipalityCode']);
const countyFields = new Set(['countyCode', 'ownerCountyCode']);

/** A grant as the audit records it: "municipality_editor 2584", "county_coordinator 25", "analyst". */
function parseGrant(value: unknown) {
  if (typeof value !== 'string') return undefined;
  const match = /^([a-z_]+)(?: (\d{2}|\d{4}))?$/.exec(value);
  if (!match) return undefined;
  const [, role, code] = match;
  return {
    role: role!,
    ...(code?.length === 4 && { municipalityCode: code }),
    ...(code?.length === 2 && { countyCode: code }),
  };
}

function grantsIn(changes: AuditEvent['changes']) {
  const change = changes.grant;
  return [change?.before, change?.after].flatMap((value) => parseGrant(value) ?? []);
}

function placeCodesIn(changes: AuditEvent['changes']) {
  return Object.entries(changes).flatMap(([field, change]) =>
    municipalityFields.has(field) || countyFields.has(field)
      ? [change.before, change.after].filter((value): value is string => typeof value === 'string')
      : [],
  );
}

function Changes({ changes, named }: { changes: AuditEvent['changes']; named: Named }) {
  const { t, i18n } = useTranslation();
  const entries = Object.entries(changes);
  if (entries.length === 0) {
    return null;
  }
  const show = (field: string, value: unknown) => {
    if (typeof value === 'string') {
      const grant = field === 'grant' ? parseGrant(value) : undefined;
      if (grant) return named.grantText(grant);
      if (municipalityFields.has(field)) return named.names.municipality(value) ?? value;
      if (countyFields.has(field)) return named.names.county(value) ?? value;
      if (field === 'serviceArea') return named.serviceAreaName(value) ?? value;
    }
    return formatValue(value, t('common.yes'), t('common.no'));
  };
  const label = (field: string) =>
    i18n.exists(`audit.fields.${field}`) ? t(`audit.fields.${field}` as 'audit.fields.grant') : undefined;
  return (
    <ul className="plain-list changes">
      {entries.map(([field, change]) => (
        <li key={field}>
          {label(field) ?? <code>{field}</code>}: {show(field, change.before)} → {show(field, change.after)}
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
