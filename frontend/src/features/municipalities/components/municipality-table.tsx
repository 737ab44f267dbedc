import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appPaths } from '@/lib/app-paths';
import type { components } from '@/lib/api/schema';
import type { MunicipalitySort } from '../utils/municipality-list-filters';
import { TableScroll } from '@/components/ui/table-scroll';

type Municipality = components['schemas']['Municipality'];
type Column = 'code' | 'name' | 'county';

type MunicipalityTableProps = {
  municipalities: Municipality[];
  caption: string;
  sort: MunicipalitySort;
  onSort: (sort: MunicipalitySort) => void;
  busy: boolean;
};

export function MunicipalityTable({ municipalities, caption, sort, onSort, busy }: MunicipalityTableProps) {
  const { t } = useTranslation();
  const columns: Column[] = ['code', 'name', 'county'];

  return (
    <TableScroll>
      <table className="data-table" aria-busy={busy}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const direction =
                sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : undefined;
              const label = t(`municipalities.columns.${column}`);
              return (
                <th key={column} scope="col" aria-sort={direction}>
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort(direction === 'ascending' ? `-${column}` : column)}
                  >
                    {label}
                    <span className="sort-indicator" aria-hidden="true">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {municipalities.map((municipality) => (
            <tr key={municipality.code}>
              <td>{municipality.code}</td>
              <th scope="row">
                <Link to={appPaths.municipality(municipality.code)}>{municipality.name}</Link>
              </th>
              <td>
                <Link to={appPaths.county(municipality.county.code)}>{municipality.county.name}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
