import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { components } from '@/lib/api/schema';
import { usePublish, useWithdrawPublication, type PublicationRequest } from '../api/publications';

type Publication = components['schemas']['Publication'];

export type Publishable = {
  /** What to publish, e.g. the figures of 2024. */
  label: string;
  request: PublicationRequest;
  /** The publication in force, if any. */
  publication?: Publication;
};

/** For those who may publish: each year's figures (or campaign) with a button to publish or withdraw it. */
export function PublishPanel({ items }: { items: readonly Publishable[] }) {
  const { t } = useTranslation();
  const publish = usePublish();
  const withdraw = useWithdrawPublication();
  const pending = publish.isPending || withdraw.isPending;
  return (
    <section className="profile-publish" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('profiles.publish.heading')}</h2>
      <p>{t('profiles.publish.intro')}</p>
      {publish.isError && <ErrorAlert error={publish.error} />}
      {withdraw.isError && <ErrorAlert error={withdraw.error} />}
      {items.length === 0 ? (
        <p>{t('profiles.publish.nothing')}</p>
      ) : (
        <ul className="profile-publish-list">
          {items.map((item) => (
            <li key={item.label}>
              <span>
                {item.label}:{' '}
                <strong>
                  {item.publication ? t('profiles.publish.published') : t('profiles.publish.unpublished')}
                </strong>
              </span>{' '}
              {item.publication ? (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={pending}
                  aria-label={t('profiles.publish.withdrawItem', { item: item.label })}
                  onClick={() => withdraw.mutate(item.publication!.id)}
                >
                  {t('profiles.publish.withdraw')}
                </button>
              ) : (
                <button
                  type="button"
                  disabled={pending}
                  aria-label={t('profiles.publish.publishItem', { item: item.label })}
                  onClick={() => publish.mutate(item.request)}
                >
                  {t('profiles.publish.publish')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {publish.isSuccess
          ? t('profiles.publish.done')
          : withdraw.isSuccess
            ? t('profiles.publish.withdrawn')
            : ''}
      </p>
    </section>
  );
}
