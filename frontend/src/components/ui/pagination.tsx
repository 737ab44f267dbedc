import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';
import { formatNumber } from '@/utils/format';

type PaginationProps = {
  page: number;
  totalPages: number;
  linkTo: (page: number) => To;
};

export function Pagination({ page, totalPages, linkTo }: PaginationProps) {
  const { t } = useTranslation();
  const previous = page > 1 ? page - 1 : undefined;
  const next = page < totalPages ? page + 1 : undefined;

  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <PageLink page={previous} linkTo={linkTo} rel="prev">
        ← {t('pagination.previous')}
      </PageLink>
      <span className="pagination-status">
        {t('pagination.pageOf', { page: formatNumber(page), total: formatNumber(totalPages) })}
      </span>
      <PageLink page={next} linkTo={linkTo} rel="next">
        {t('pagination.next')} →
      </PageLink>
    </nav>
  );
}

type PageLinkProps = {
  page: number | undefined;
  linkTo: (page: number) => To;
  rel: 'prev' | 'next';
  children: React.ReactNode;
};

function PageLink({ page, linkTo, rel, children }: PageLinkProps) {
  if (page === undefined) {
    // A link with nowhere to go is left out of the tab order but kept in place for the layout.
    return (
      <span className="pagination-link is-disabled" aria-hidden="true">
        {children}
      </span>
    );
  }
  return (
    <Link className="pagination-link" to={linkTo(page)} rel={rel}>
      {children}
    </Link>
  );
}
