import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, type RowProblem } from '@/utils/batch-upload';

/** The problems of a file's rows, as an alert: "Rad 3, kolumn Verksamhetsområde (serviceArea): måste vara …". */
export function RowProblems({
  title,
  problems,
  ref,
}: {
  title: string;
  problems: readonly RowProblem[];
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="alert alert-error">
      <p className="alert-title">{title}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{describeProblem(problem, t, true)}</li>
        ))}
      </ul>
    </div>
  );
}
