import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import type { CellKind, Question, ServiceArea } from '../api/types';
import { replaceAt, slug } from '../utils/definition';
import { useLocalized } from '@/utils/localized';
import { IdField } from './id-field';
import { TextPair } from './text-pair';

type Matrix = NonNullable<Question['matrix']>;
const cellKinds: readonly CellKind[] = ['professions', 'text', 'professions_and_text'];

function numberOrUndefined(text: string) {
  return text === '' || Number.isNaN(Number(text)) ? undefined : Number(text);
}

/** A matrix's rows (service areas from the catalogue, or custom), its columns and its "other" rows. */
export function MatrixEditor({
  matrix,
  onChange,
  serviceAreas,
}: {
  matrix: Matrix;
  onChange: (matrix: Matrix) => void;
  serviceAreas: readonly ServiceArea[];
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [area, setArea] = useState('');
  const areaName = (code: string | undefined) => {
    const found = serviceAreas.find((candidate) => candidate.code === code);
    return found ? localized({ sv: found.nameSv, en: found.nameEn }) : (code ?? '');
  };
  const offered = serviceAreas.filter(
    (candidate) => !matrix.rows.some((row) => row.serviceArea === candidate.code),
  );
  const setRows = (rows: Matrix['rows']) => onChange({ ...matrix, rows });
  const setColumns = (columns: Matrix['columns']) => onChange({ ...matrix, columns });

  return (
    <>
      <fieldset className="surveys-card">
        <legend>{t('surveys.builder.matrix.rows')}</legend>
        <ol>
          {matrix.rows.map((row, r) => (
            <li key={r}>
              <div className="surveys-row">
                <IdField
                  label={t('surveys.builder.matrix.rowId')}
                  value={row.id}
                  onChange={(id) => setRows(replaceAt(matrix.rows, r, { ...row, id }))}
                />
                {row.serviceArea ? (
                  <p>
                    {t('surveys.builder.matrix.serviceArea')}: <strong>{areaName(row.serviceArea)}</strong>
                  </p>
                ) : (
                  <TextPair
                    labelSv={t('surveys.builder.labelSv')}
                    labelEn={t('surveys.builder.labelEn')}
                    value={row.label}
                    onChange={(label) =>
                      setRows(
                        matrix.rows.map((item, i) =>
                          i === r ? { id: item.id, label: label ?? { sv: '' } } : item,
                        ),
                      )
                    }
                  />
                )}
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => setRows(matrix.rows.filter((_, i) => i !== r))}
                  >
                    {t('surveys.builder.matrix.removeRow')}{' '}
                    <span className="visually-hidden">
                      {row.serviceArea ? areaName(row.serviceArea) : row.id}
                    </span>
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ol>
        <div className="surveys-grid">
          <Field label={t('surveys.builder.matrix.serviceArea')}>
            {(control) => (
              <select {...control} value={area} onChange={(event) => setArea(event.target.value)}>
                <option value="">{t('surveys.builder.matrix.chooseServiceArea')}</option>
                {offered.map((candidate) => (
                  <option key={candidate.code} value={candidate.code}>
                    {localized({ sv: candidate.nameSv, en: candidate.nameEn })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={!area}
              onClick={() => {
                setRows([...matrix.rows, { id: area, serviceArea: area }]);
                setArea('');
              }}
            >
              {t('surveys.builder.matrix.addServiceArea')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() =>
                setRows([...matrix.rows, { id: `rad${matrix.rows.length + 1}`, label: { sv: '' } }])
              }
            >
              {t('surveys.builder.matrix.addCustomRow')}
            </button>
          </div>
        </div>
        <Field label={t('surveys.builder.matrix.otherRows')}>
          {(control) => (
            <input
              {...control}
              className="input-short"
              type="number"
              min={0}
              max={10}
              value={matrix.otherRows ?? 0}
              onChange={(event) =>
                onChange({ ...matrix, otherRows: numberOrUndefined(event.target.value) ?? 0 })
              }
            />
          )}
        </Field>
      </fieldset>

      <fieldset className="surveys-card">
        <legend>{t('surveys.builder.matrix.columns')}</legend>
        <ol>
          {matrix.columns.map((column, c) => (
            <li key={c}>
              <div className="surveys-row">
                <IdField
                  label={t('surveys.builder.matrix.columnId')}
                  value={column.id}
                  onChange={(id) => setColumns(replaceAt(matrix.columns, c, { ...column, id }))}
                />
                <TextPair
                  labelSv={t('surveys.builder.labelSv')}
                  labelEn={t('surveys.builder.labelEn')}
                  value={column.label}
                  onChange={(label) =>
                    setColumns(
                      matrix.columns.map((item, i) =>
                        i === c
                          ? {
                              ...item,
                              label: label ?? { sv: '' },
                              // A new column's id follows its name until someone sets it.
                              id:
                                item.id === '' || item.id === `kolumn${c + 1}`
                                  ? slug(label?.sv ?? '', item.id)
                                  : item.id,
                            }
                          : item,
                      ),
                    )
                  }
                />
                <Field label={t('surveys.builder.matrix.cell')}>
                  {(control) => (
                    <select
                      {...control}
                      value={column.cell}
                      onChange={(event) =>
                        setColumns(
                          matrix.columns.map((item, i) =>
                            i === c ? { ...item, cell: event.target.value as CellKind } : item,
                          ),
                        )
                      }
                    >
                      {cellKinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`surveys.builder.matrix.cells.${kind}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => setColumns(matrix.columns.filter((_, i) => i !== c))}
                  >
                    {t('surveys.builder.matrix.removeColumn')}{' '}
                    <span className="visually-hidden">{localized(column.label) || column.id}</span>
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() =>
            setColumns([
              ...matrix.columns,
              { id: `kolumn${matrix.columns.length + 1}`, label: { sv: '' }, cell: 'professions' },
            ])
          }
        >
          {t('surveys.builder.matrix.addColumn')}
        </button>
      </fieldset>
    </>
  );
}

export { numberOrUndefined };
