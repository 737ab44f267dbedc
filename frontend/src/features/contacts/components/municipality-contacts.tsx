import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { TableScroll } from '@/components/ui/table-scroll';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { useMe } from '@/lib/auth/get-me';
import { mayEditMunicipality } from '@/lib/auth/permissions';
import { formatNumber } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { useDeleteContact } from '../api/delete-contact';
import { useImportContacts } from '../api/import-contacts';
import { useContacts } from '../api/list-contacts';

/** Who may keep the municipality's contacts: its editors, its county's coordinators, administrators. */
function useMayKeep(code: string) {
  const me = useMe();
  return (
    mayEditMunicipality(me.data, code) ||
    Boolean(
      me.data?.grants.some(
        (grant) => grant.role === 'county_coordinator' && code.startsWith(grant.countyCode ?? '-'),
      ),
    )
  );
}

/** The municipality's contact persons for surveys, with a CSV import; shown to those who keep them. */
export function MunicipalityContacts({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation();
  const mayKeep = useMayKeep(municipalityCode);
  const contacts = useContacts(municipalityCode, mayKeep);
  const importContacts = useImportContacts(municipalityCode);
  const remove = useDeleteContact(municipalityCode);
  const serviceAreas = useServiceAreas();
  const catalogueName = useCatalogueName();
  const areaNames = new Map(
    (serviceAreas.data ?? []).map((area) => [area.code, catalogueName(area)] as const),
  );
  const [file, setFile] = useState<File | null>(null);

  if (!mayKeep) {
    return null;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (file) {
      importContacts.mutate(await file.text());
    }
  };

  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('contacts.heading')}</h2>
      <p>{t('contacts.intro')}</p>
      {contacts.isPending && <Loading />}
      {contacts.isError && <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />}
      {contacts.data && contacts.data.length === 0 && <p>{t('contacts.none')}</p>}
      {contacts.data && contacts.data.length > 0 && (
        <TableScroll>
          <table>
            <caption className="visually-hidden">{t('contacts.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contacts.name')}</th>
                <th scope="col">{t('contacts.email')}</th>
                <th scope="col">{t('contacts.role')}</th>
                <th scope="col">{t('contacts.serviceAreas')}</th>
                <th scope="col">{t('contacts.language')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('contacts.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {contacts.data.map((contact) => (
                <tr key={contact.id}>
                  <td>{contact.name}</td>
                  <td>{contact.email}</td>
                  <td>{contact.role ?? ''}</td>
                  <td>
                    {(contact.serviceAreas ?? []).length === 0
                      ? t('contacts.allAreas')
                      : (contact.serviceAreas ?? []).map((code) => areaNames.get(code) ?? code).join(', ')}
                  </td>
                  <td>{t(`language.${contact.language === 'en' ? 'en' : 'sv'}`)}</td>
                  <td>
                    <ConfirmButton
                      label={t('contacts.remove')}
                      target={contact.name ?? ''}
                      question={t('contacts.removeQuestion', { name: contact.name ?? '' })}
                      confirmLabel={t('contacts.confirmRemove')}
                      pending={remove.isPending}
                      onConfirm={() => remove.mutate({ id: contact.id ?? '', version: contact.version ?? 0 })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {remove.isError && <ErrorAlert error={remove.error} />}

      <form onSubmit={(event) => void submit(event)} className="stack">
        <Field label={t('contacts.importFile')} hint={t('contacts.importHint')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <button type="submit" disabled={!file || importContacts.isPending}>
          {t('contacts.import')}
        </button>
      </form>
      {importContacts.isError && <ErrorAlert error={importContacts.error} />}
      {importContacts.data && (
        <p role="status">
          {t('contacts.imported', {
            created: formatNumber(importContacts.data.created ?? 0),
            updated: formatNumber(importContacts.data.updated ?? 0),
            unchanged: formatNumber(importContacts.data.unchanged ?? 0),
          })}
        </p>
      )}
    </section>
  );
}
