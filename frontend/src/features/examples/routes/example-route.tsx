import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { isNotFound } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { mayWritePlansOf } from '@/lib/auth/permissions';
import { formatDate } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { type LearningExample, useLearningExample } from '../api/examples-api';
import { Paragraphs, useTagNames } from '../components/example-parts';
import '../examples.css';

/** One learning example, for reading; an edit link for those who may write its owner's. */
export function ExampleRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const example = useLearningExample(id);
  const me = useMe();
  const notFound = isNotFound(example.error);
  useDocumentTitle(example.data?.title ?? (notFound ? t('examples.notFound') : t('examples.title')));

  return (
    <>
      <p className="back-link">
        <Link to={appPaths.examples}>← {t('examples.back')}</Link>
      </p>
      {example.isPending && <Loading />}
      {notFound && (
        <>
          <h1>{t('examples.notFound')}</h1>
          <p>{t('examples.notFoundBody')}</p>
        </>
      )}
      {example.isError && !notFound && (
        <ErrorAlert error={example.error} onRetry={() => void example.refetch()} />
      )}
      {example.isSuccess && (
        <ExampleView example={example.data} mayEdit={mayWritePlansOf(me.data, example.data)} />
      )}
    </>
  );
}

function ExampleView({ example, mayEdit }: { example: LearningExample; mayEdit: boolean }) {
  const { t } = useTranslation();
  const names = useTagNames();
  const tagGroups = [
    { label: t('examples.strategies'), names: example.recruitmentStrategies.map(names.strategy) },
    { label: t('examples.serviceAreas'), names: example.serviceAreas.map(names.serviceArea) },
    { label: t('examples.professions'), names: example.professions.map(names.profession) },
  ];

  return (
    <article className="example" aria-labelledby="example-title">
      <h1 id="example-title">{example.title}</h1>
      {!example.published && (
        <p>
          <span className="example-badge">{t('examples.draft')}</span> {t('examples.draftNote')}
        </p>
      )}
      {mayEdit && (
        <p>
          <Link className="button button-secondary" to={appPaths.exampleEdit(example.id)}>
            {t('examples.edit')}
          </Link>
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('examples.owner')}</dt>
          <dd>{example.ownerName}</dd>
        </div>
        {example.publishedAt && example.published && (
          <div>
            <dt>{t('examples.published')}</dt>
            <dd>{formatDate(example.publishedAt)}</dd>
          </div>
        )}
        {example.startedOn && (
          <div>
            <dt>{t('examples.startedOn')}</dt>
            <dd>{example.startedOn}</dd>
          </div>
        )}
        {example.endedOn && (
          <div>
            <dt>{t('examples.endedOn')}</dt>
            <dd>{example.endedOn}</dd>
          </div>
        )}
      </dl>
      <div className="example-text">
        <Paragraphs text={example.body} />
      </div>
      {example.results && (
        <section aria-labelledby="example-results" className="example-text">
          <h2 id="example-results">{t('examples.results')}</h2>
          <Paragraphs text={example.results} />
        </section>
      )}
      {example.contact && (
        <section aria-labelledby="example-contact" className="example-text">
          <h2 id="example-contact">{t('examples.contact')}</h2>
          <Paragraphs text={example.contact} />
        </section>
      )}
      <section aria-labelledby="example-tags">
        <h2 id="example-tags">{t('examples.tags')}</h2>
        <dl className="facts">
          {tagGroups.map((group) => (
            <div key={group.label}>
              <dt>{group.label}</dt>
              <dd>
                {group.names.length === 0 ? (
                  <span className="muted">{t('examples.noTags')}</span>
                ) : (
                  <ul className="example-tags">
                    {group.names.map((name, index) => (
                      <li key={index}>{name}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
