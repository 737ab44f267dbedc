import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { SubmitButton } from '@/components/ui/submit-button';
import { isNotFound, violationFor } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { type Me, useMe } from '@/lib/auth/get-me';
import { isAdmin, mayWritePlansOf, mayWriteSomePlans } from '@/lib/auth/permissions';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { useCatalogueName } from '@/utils/localized';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import {
  type LearningExample,
  type LearningExampleRequest,
  useExampleCounties,
  useExampleCounty,
  useLearningExample,
  useMunicipalityNames,
  useRecruitmentStrategies,
  useSaveLearningExample,
} from '../api/examples-api';
import '../examples.css';

type OwnerLevel = LearningExampleRequest['ownerLevel'];

type Values = {
  ownerLevel: OwnerLevel;
  countyCode: string;
  municipalityCode: string;
  title: string;
  body: string;
  results: string;
  contact: string;
  serviceAreas: string[];
  professions: string[];
  recruitmentStrategies: string[];
  startedOn: string;
  endedOn: string;
  published: boolean;
};
type TextField = 'title' | 'body' | 'results' | 'contact' | 'startedOn' | 'endedOn';
type ListField = 'serviceAreas' | 'professions' | 'recruitmentStrategies';
type ErrorField = TextField | ListField | 'owner' | 'ownerLevel' | 'countyCode' | 'municipalityCode';
type Errors = Partial<Record<ErrorField, string>>;

/** The fields whose server violations are shown at the field, not repeated in the alert. */
const fieldsShown: readonly ErrorField[] = [
  'title',
  'body',
  'results',
  'contact',
  'startedOn',
  'endedOn',
  'serviceAreas',
  'professions',
  'recruitmentStrategies',
];
/** The owner's fields, shown where the owner is chosen (a new example's); an example's owner is fixed. */
const ownerFields: readonly ErrorField[] = ['ownerLevel', 'countyCode', 'municipalityCode'];

/** An owner one may write examples for, from one's grants. */
type Owner = { ownerLevel: OwnerLevel; code: string };
const ownerKey = (owner: { ownerLevel: string; code: string }) => `${owner.ownerLevel}:${owner.code}`;

/** The municipalities one edits and the counties one coordinates: the owners a non-administrator may choose. */
function ownersOf(me: Me): Owner[] {
  const owners = me.grants.flatMap((grant): Owner[] =>
    grant.role === 'municipality_editor' && grant.municipalityCode
      ? [{ ownerLevel: 'municipality', code: grant.municipalityCode }]
      : grant.role === 'county_coordinator' && grant.countyCode
        ? [{ ownerLevel: 'county', code: grant.countyCode }]
        : [],
  );
  return owners.filter((owner, index) => owners.findIndex((o) => ownerKey(o) === ownerKey(owner)) === index);
}

function initialValues(me: Me, example: LearningExample | undefined): Values {
  if (example) {
    return {
      ownerLevel: example.ownerLevel === 'county' ? 'county' : 'municipality',
      countyCode: example.countyCode,
      municipalityCode: example.municipalityCode ?? '',
      title: example.title,
      body: example.body,
      results: example.results ?? '',
      contact: example.contact ?? '',
      serviceAreas: example.serviceAreas,
      professions: example.professions,
      recruitmentStrategies: example.recruitmentStrategies,
      startedOn: example.startedOn ?? '',
      endedOn: example.endedOn ?? '',
      published: example.published,
    };
  }
  // An administrator chooses; anyone else starts from their (first) municipality or county.
  const first = isAdmin(me) ? undefined : ownersOf(me)[0];
  return {
    ownerLevel: first?.ownerLevel ?? 'municipality',
    countyCode: first?.ownerLevel === 'county' ? first.code : (first?.code.slice(0, 2) ?? ''),
    municipalityCode: first?.ownerLevel === 'municipality' ? first.code : '',
    title: '',
    body: '',
    results: '',
    contact: '',
    serviceAreas: [],
    professions: [],
    recruitmentStrategies: [],
    startedOn: '',
    endedOn: '',
    published: false,
  };
}

/** Skriv ett lärande exempel (/examples/new), or change one (/examples/:id/edit). */
export function ExampleEditRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { pathname, search } = useLocation();
  const me = useMe();
  const example = useLearningExample(id);
  const notFound = isNotFound(example.error);
  const title = id ? t('examples.form.editTitle') : t('examples.form.newTitle');
  useDocumentTitle(notFound ? t('examples.notFound') : title);

  const back = (
    <p className="back-link">
      <Link to={id ? appPaths.example(id) : appPaths.examples}>
        ← {id && example.data ? example.data.title : t('examples.back')}
      </Link>
    </p>
  );

  if (me.isPending || (id && example.isPending && !example.isError)) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={appPaths.signIn(`${pathname}${search}`)} replace />;
  if (notFound) {
    return (
      <>
        {back}
        <h1>{t('examples.notFound')}</h1>
        <p>{t('examples.notFoundBody')}</p>
      </>
    );
  }
  if (example.isError) {
    return (
      <>
        {back}
        <ErrorAlert error={example.error} onRetry={() => void example.refetch()} />
      </>
    );
  }
  const allowed = example.data ? mayWritePlansOf(me.data, example.data) : mayWriteSomePlans(me.data);
  return (
    <>
      {back}
      <h1>{title}</h1>
      {allowed ? (
        // Keyed by the example, so the form starts from the one shown.
        <ExampleForm key={id ?? 'new'} me={me.data} example={example.data} />
      ) : (
        <p>{example.data ? t('examples.form.notAllowedExample') : t('examples.form.notAllowed')}</p>
      )}
    </>
  );
}

function ExampleForm({ me, example }: { me: Me; example: LearningExample | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const catalogueName = useCatalogueName();
  const save = useSaveLearningExample();
  const areas = useServiceAreas();
  const professions = useProfessions();
  const strategies = useRecruitmentStrategies();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(() => initialValues(me, example));
  const [errors, setErrors] = useState<Errors>({});
  useFocusFirstInvalid(form, errors);
  const shownAtFields = example ? fieldsShown : [...fieldsShown, ...ownerFields];
  // The server's refusal, field by field, moves focus the same way once it arrives.
  const serverErrors = useMemo(
    () =>
      Object.fromEntries(
        [...fieldsShown, ...ownerFields].map((field) => [field, violationFor(save.error, field)]),
      ),
    [save.error],
  );
  useFocusFirstInvalid(form, serverErrors);

  const admin = isAdmin(me);
  const owners = ownersOf(me);
  const counties = useExampleCounties();
  const county = useExampleCounty(admin && !example ? values.countyCode : '');
  const municipalityName = useMunicipalityNames(
    owners.filter((owner) => owner.ownerLevel === 'municipality').map((owner) => owner.code),
  );
  const countyName = (code: string) => counties.data?.find((c) => c.code === code)?.name ?? code;

  // A field's error: what the form found, else what the server said of it.
  const errorOf = (field: ErrorField) => errors[field] ?? violationFor(save.error, field);
  const set = (field: TextField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const toggle = (field: ListField, code: string, checked: boolean) =>
    setValues((current) => ({
      ...current,
      [field]: checked ? [...current[field], code] : current[field].filter((c) => c !== code),
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!example) {
      if (admin) {
        if (!values.countyCode) found.countyCode = t('examples.form.ownerRequired');
        if (values.ownerLevel === 'municipality' && !values.municipalityCode) {
          found.municipalityCode = t('examples.form.ownerRequired');
        }
      } else if (!owners.some((owner) => ownerKey(owner) === currentOwnerKey(values))) {
        found.owner = t('examples.form.ownerRequired');
      }
    }
    if (!values.title.trim()) found.title = t('examples.form.required');
    if (!values.body.trim()) found.body = t('examples.form.required');
    if (values.startedOn && values.endedOn && values.endedOn < values.startedOn) {
      found.endedOn = t('examples.form.endBeforeStart');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const request: LearningExampleRequest = {
      ownerLevel: values.ownerLevel,
      ...(values.ownerLevel === 'municipality'
        ? { municipalityCode: values.municipalityCode }
        : { countyCode: values.countyCode }),
      title: values.title.trim(),
      body: values.body.trim(),
      ...(values.results.trim() && { results: values.results.trim() }),
      ...(values.contact.trim() && { contact: values.contact.trim() }),
      serviceAreas: values.serviceAreas,
      professions: values.professions,
      recruitmentStrategies: values.recruitmentStrategies,
      ...(values.startedOn && { startedOn: values.startedOn }),
      ...(values.endedOn && { endedOn: values.endedOn }),
      published: values.published,
    };
    save.mutate(
      { id: example?.id, revision: example?.revision, example: request },
      { onSuccess: (saved) => void navigate(appPaths.example(saved.id)) },
    );
  };

  const checkboxGroup = (
    field: ListField,
    legend: string,
    options: { code: string; name: string }[] | undefined,
  ) => {
    const error = errorOf(field);
    const errorId = `example-${field}-error`;
    return (
      <fieldset className="checkbox-group" aria-describedby={error ? errorId : undefined}>
        <legend>{legend}</legend>
        {options?.map((option) => (
          <label key={option.code} className="checkbox">
            <input
              type="checkbox"
              checked={values[field].includes(option.code)}
              onChange={(event) => toggle(field, option.code, event.target.checked)}
              aria-invalid={error ? true : undefined}
            />
            {option.name}
          </label>
        ))}
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </fieldset>
    );
  };

  return (
    <form ref={form} className="form example-form" onSubmit={submit} noValidate>
      <p>{t('examples.form.intro')}</p>
      {save.isError && <ErrorAlert error={save.error} shownAtFields={shownAtFields} />}

      {example ? (
        <div>
          <dl className="facts">
            <div>
              <dt>{t('examples.owner')}</dt>
              <dd>{example.ownerName}</dd>
            </div>
          </dl>
          <p className="field-hint">{t('examples.form.ownerFixed')}</p>
        </div>
      ) : admin ? (
        <>
          <fieldset className="checkbox-group">
            <legend>{t('examples.form.ownerLevel')}</legend>
            {(['municipality', 'county'] as const).map((level) => (
              <label key={level} className="checkbox">
                <input
                  type="radio"
                  name="example-owner-level"
                  value={level}
                  checked={values.ownerLevel === level}
                  onChange={() => setValues((current) => ({ ...current, ownerLevel: level }))}
                  aria-invalid={errorOf('ownerLevel') ? true : undefined}
                />
                {t(`examples.form.levels.${level}`)}
              </label>
            ))}
            {errorOf('ownerLevel') && <p className="field-error">{errorOf('ownerLevel')}</p>}
          </fieldset>
          <Field label={t('examples.form.county')} error={errorOf('countyCode')}>
            {(control) => (
              <select
                {...control}
                value={values.countyCode}
                onChange={(event) =>
                  setValues((current) => ({
                    ...current,
                    countyCode: event.target.value,
                    municipalityCode: '',
                  }))
                }
                aria-busy={counties.isPending}
              >
                <option value="">{t('examples.form.chooseCounty')}</option>
                {counties.data?.map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {values.ownerLevel === 'municipality' && (
            <Field label={t('examples.form.municipality')} error={errorOf('municipalityCode')}>
              {(control) => (
                <select
                  {...control}
                  value={values.municipalityCode}
                  onChange={(event) =>
                    setValues((current) => ({ ...current, municipalityCode: event.target.value }))
                  }
                  disabled={!values.countyCode}
                  aria-busy={county.isFetching}
                >
                  <option value="">{t('examples.form.chooseMunicipality')}</option>
                  {county.data?.municipalities.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </>
      ) : (
        <Field
          label={t('examples.form.owner')}
          hint={t('examples.form.ownerHint')}
          error={
            errors.owner ??
            violationFor(save.error, 'municipalityCode') ??
            violationFor(save.error, 'countyCode') ??
            violationFor(save.error, 'ownerLevel')
          }
        >
          {(control) => (
            <select
              {...control}
              value={currentOwnerKey(values)}
              onChange={(event) => {
                const chosen = owners.find((owner) => ownerKey(owner) === event.target.value);
                setValues((current) => ({
                  ...current,
                  ownerLevel: chosen?.ownerLevel ?? current.ownerLevel,
                  countyCode: chosen ? chosen.code.slice(0, 2) : '',
                  municipalityCode: chosen?.ownerLevel === 'municipality' ? chosen.code : '',
                }));
              }}
            >
              {owners.length !== 1 && <option value="">{t('examples.form.chooseOwner')}</option>}
              {owners.map((owner) => (
                <option key={ownerKey(owner)} value={ownerKey(owner)}>
                  {owner.ownerLevel === 'municipality'
                    ? municipalityName(owner.code)
                    : countyName(owner.code)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <Field label={t('examples.form.title')} error={errorOf('title')}>
        {(control) => (
          <input
            {...control}
            maxLength={200}
            autoComplete="off"
            value={values.title}
            onChange={set('title')}
          />
        )}
      </Field>
      <Field label={t('examples.form.body')} hint={t('examples.form.bodyHint')} error={errorOf('body')}>
        {(control) => <textarea {...control} rows={10} value={values.body} onChange={set('body')} />}
      </Field>
      <Field
        label={t('examples.form.results')}
        hint={t('examples.form.resultsHint')}
        error={errorOf('results')}
      >
        {(control) => <textarea {...control} rows={5} value={values.results} onChange={set('results')} />}
      </Field>
      <Field
        label={t('examples.form.contact')}
        hint={t('examples.form.contactHint')}
        error={errorOf('contact')}
      >
        {(control) => <input {...control} maxLength={400} value={values.contact} onChange={set('contact')} />}
      </Field>

      {checkboxGroup(
        'recruitmentStrategies',
        t('examples.form.strategies'),
        strategies.data?.items.map((strategy) => ({ code: strategy.code, name: strategy.nameSv })),
      )}
      {checkboxGroup(
        'serviceAreas',
        t('examples.form.serviceAreas'),
        areas.data?.map((area) => ({ code: area.code, name: catalogueName(area) })),
      )}
      {checkboxGroup(
        'professions',
        t('examples.form.professions'),
        professions.data?.map((profession) => ({ code: profession.code, name: catalogueName(profession) })),
      )}
      {(strategies.isError || areas.isError || professions.isError) && (
        <ErrorAlert error={strategies.error ?? areas.error ?? professions.error} />
      )}

      <div className="form-inline">
        <Field label={t('examples.form.startedOn')} error={errorOf('startedOn')}>
          {(control) => (
            <input {...control} type="date" value={values.startedOn} onChange={set('startedOn')} />
          )}
        </Field>
        <Field label={t('examples.form.endedOn')} error={errorOf('endedOn')}>
          {(control) => <input {...control} type="date" value={values.endedOn} onChange={set('endedOn')} />}
        </Field>
      </div>

      <div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.published}
            onChange={(event) => setValues((current) => ({ ...current, published: event.target.checked }))}
            aria-describedby="example-publish-hint"
          />
          {t('examples.form.publish')}
        </label>
        <p id="example-publish-hint" className="field-hint">
          {t('examples.form.publishHint')}
        </p>
      </div>

      <SubmitButton
        pending={save.isPending}
        label={t('examples.form.save')}
        pendingLabel={t('common.saving')}
      />
    </form>
  );
}

function currentOwnerKey(values: Values) {
  const code = values.ownerLevel === 'municipality' ? values.municipalityCode : values.countyCode;
  return code ? ownerKey({ ownerLevel: values.ownerLevel, code }) : '';
}
