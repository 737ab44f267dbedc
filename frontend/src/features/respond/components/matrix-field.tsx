import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/translation';
import { useCatalogueName, useLocalized } from '@/utils/localized';
import type { MatrixAnswer, MatrixCell, MatrixColumn, Profession, Question, ServiceArea } from '../api/types';
import { ProfessionPicker } from './profession-picker';

type MatrixFieldProps = {
  question: Question;
  value: MatrixAnswer | undefined;
  onChange: (value: MatrixAnswer | undefined) => void;
  professions: Profession[];
  serviceAreas: ServiceArea[];
  describedBy?: string;
  invalid?: boolean;
};

/** The label of a matrix row: its own, else its service area's name. */
export function useRowLabel(serviceAreas: ServiceArea[]) {
  const localized = useLocalized();
  const catalogueName = useCatalogueName();
  return (row: { id: string; label?: { sv: string; en?: string }; serviceArea?: string }) =>
    row.label
      ? localized(row.label)
      : catalogueName(serviceAreas.find((area) => area.code === (row.serviceArea ?? row.id))) || row.id;
}

/** Drops empty cells and rows, so an untouched matrix is saved as unanswered. */
function compact(value: MatrixAnswer): MatrixAnswer | undefined {
  const rows = Object.fromEntries(
    Object.entries(value.rows ?? {})
      .map(([rowId, cells]) => [rowId, compactCells(cells)] as const)
      .filter(([, cells]) => Object.keys(cells).length > 0),
  );
  const other = (value.other ?? []).filter(
    (row) => row.label.trim() !== '' || Object.keys(compactCells(row.cells)).length > 0,
  );
  if (Object.keys(rows).length === 0 && other.length === 0) return undefined;
  return { rows, ...(other.length > 0 && { other }) };
}

function compactCells(cells: Record<string, MatrixCell> | undefined): Record<string, MatrixCell> {
  return Object.fromEntries(
    Object.entries(cells ?? {}).flatMap(([columnId, cell]) => {
      const professions = cell?.professions ?? [];
      const text = cell?.text ?? '';
      const kept: MatrixCell = {
        ...(professions.length > 0 && { professions }),
        ...(text !== '' && { text }),
      };
      return Object.keys(kept).length > 0 ? [[columnId, kept]] : [];
    }),
  );
}

type CellProps = {
  column: MatrixColumn;
  rowLabel: string;
  cell: MatrixCell | undefined;
  onChange: (cell: MatrixCell) => void;
  professions: Profession[];
};

function Cell({ column, rowLabel, cell, onChange, professions }: CellProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const textId = useId();
  const columnLabel = localized(column.label);
  const label = `${columnLabel} – ${rowLabel}`;
  const takesProfessions = column.cell !== 'text';
  const takesText = column.cell !== 'professions';
  return (
    <div className="matrix-cell">
      <p className="matrix-cell-title" aria-hidden="true">
        {columnLabel}
      </p>
      {takesProfessions && (
        <ProfessionPicker
          label={label}
          value={cell?.professions ?? []}
          onChange={(codes) => onChange({ ...cell, professions: codes })}
          professions={professions}
        />
      )}
      {takesText && (
        <div className="field">
          <label htmlFor={textId} className={takesProfessions ? undefined : 'visually-hidden'}>
            {takesProfessions ? t('respond.matrix.comment') : label}
            {takesProfessions && <span className="visually-hidden"> ({label})</span>}
          </label>
          <textarea
            id={textId}
            rows={2}
            maxLength={2000}
            value={cell?.text ?? ''}
            onChange={(event) => onChange({ ...cell, text: event.target.value })}
          />
        </div>
      )}
    </div>
  );
}

/** Rows up to this many stay open; a longer matrix shows its rows folded, one tab stop each. */
const ALWAYS_OPEN_ROWS = 2;

/** Up, Down, Home and End move between the rows' toggles (the WAI-ARIA accordion pattern). */
function moveBetweenToggles(event: KeyboardEvent<HTMLButtonElement>) {
  const toggles = Array.from(
    event.currentTarget.closest('.matrix')?.querySelectorAll<HTMLButtonElement>('.matrix-row-toggle') ?? [],
  );
  const index = toggles.indexOf(event.currentTarget);
  const target = {
    ArrowDown: toggles[(index + 1) % toggles.length],
    ArrowUp: toggles[(index - 1 + toggles.length) % toggles.length],
    Home: toggles[0],
    End: toggles[toggles.length - 1],
  }[event.key];
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

type MatrixRowProps = {
  legend: string;
  /** What the row holds, shown while it is folded. */
  summary: string;
  collapsible: boolean;
  className?: string;
  children: ReactNode;
};

/**
 * One row of the matrix as a group named by its legend. In a long matrix the legend is a toggle that opens the
 * row, so Tab passes a folded row in one press; the row's answers stay readable in its summary.
 */
function MatrixRow({ legend, summary, collapsible, className = '', children }: MatrixRowProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const panelId = `${id}-panel`;
  const summaryId = `${id}-summary`;
  if (!collapsible)
    return (
      <fieldset className={`matrix-row ${className}`}>
        <legend>{legend}</legend>
        {children}
      </fieldset>
    );
  return (
    <fieldset className={`matrix-row ${className}`} data-open={open || undefined}>
      <legend>
        <button
          type="button"
          className="matrix-row-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          aria-describedby={summaryId}
          onClick={() => setOpen(!open)}
          onKeyDown={moveBetweenToggles}
        >
          {/* A sign for the eye only: CSS-generated content would join the button's and the group's names. */}
          <span className="matrix-row-sign" aria-hidden="true">
            ▸
          </span>
          {legend}
        </button>
      </legend>
      <p id={summaryId} className="matrix-row-summary muted">
        {summary}
      </p>
      <div id={panelId} hidden={!open}>
        {children}
      </div>
    </fieldset>
  );
}

/**
 * A matrix question: one group per row (a service area, or an area the respondent names), and in each the
 * columns (brist, sårbar, kompetensgap…) as profession lists and/or text.
 */
export function MatrixField({
  question,
  value,
  onChange,
  professions,
  serviceAreas,
  describedBy,
  invalid,
}: MatrixFieldProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const catalogueName = useCatalogueName();
  const rowLabel = useRowLabel(serviceAreas);
  const matrix = question.matrix;
  if (!matrix) return null;
  const current: MatrixAnswer = value ?? {};
  const otherCount = matrix.otherRows ?? 0;
  const other = Array.from({ length: otherCount }, (_, i) => current.other?.[i] ?? { label: '', cells: {} });
  const collapsible = matrix.rows.length + otherCount > ALWAYS_OPEN_ROWS;

  /** "Brist: Sjuksköterska, Läkare · Sårbar: Behandlare", or that nothing is filled in. */
  const summaryOf = (cells: Record<string, MatrixCell> | undefined) => {
    const parts = matrix.columns.flatMap((column) => {
      const cell = cells?.[column.id];
      const names = (cell?.professions ?? []).map(
        (code) => catalogueName(professions.find((p) => p.code === code)) || code,
      );
      const text = cell?.text?.trim() ? [t('respond.matrix.commented')] : [];
      const all = [...names, ...text];
      return all.length > 0 ? [`${localized(column.label)}: ${all.join(', ')}`] : [];
    });
    return parts.length > 0 ? parts.join(' · ') : t('respond.matrix.empty');
  };

  const setCell = (rowId: string, columnId: string, cell: MatrixCell) =>
    onChange(
      compact({
        ...current,
        rows: { ...current.rows, [rowId]: { ...current.rows?.[rowId], [columnId]: cell } },
      }),
    );
  const setOther = (index: number, row: { label: string; cells: Record<string, MatrixCell> }) => {
    const next = other.map((existing, i) => (i === index ? row : existing));
    // Keep the rows in place up to the last one used; empty ones after it are not saved.
    let last = next.length - 1;
    while (
      last >= 0 &&
      next[last]!.label.trim() === '' &&
      Object.keys(compactCells(next[last]!.cells)).length === 0
    )
      last--;
    onChange(compact({ ...current, other: next.slice(0, last + 1) }));
  };

  return (
    <div className="matrix" aria-describedby={describedBy} data-invalid={invalid || undefined}>
      {collapsible && <p className="field-hint">{t('respond.matrix.foldedHint')}</p>}
      {matrix.rows.map((row) => {
        const label = rowLabel(row);
        return (
          <MatrixRow
            key={row.id}
            legend={label}
            summary={summaryOf(current.rows?.[row.id])}
            collapsible={collapsible}
          >
            <div className="matrix-cells">
              {matrix.columns.map((column) => (
                <Cell
                  key={column.id}
                  column={column}
                  rowLabel={label}
                  cell={current.rows?.[row.id]?.[column.id]}
                  onChange={(cell) => setCell(row.id, column.id, cell)}
                  professions={professions}
                />
              ))}
            </div>
          </MatrixRow>
        );
      })}
      {other.map((row, index) => {
        const legend = t('respond.matrix.otherRow', { number: index + 1 });
        const named = row.label.trim();
        return (
          <MatrixRow
            key={`other-${index}`}
            legend={legend}
            summary={named ? `${named}: ${summaryOf(row.cells)}` : summaryOf(row.cells)}
            collapsible={collapsible}
            className="matrix-row-other"
          >
            <OtherRow
              row={row}
              columns={matrix.columns}
              professions={professions}
              onChange={(next) => setOther(index, next)}
              legend={legend}
            />
          </MatrixRow>
        );
      })}
    </div>
  );
}

type OtherRowProps = {
  row: { label: string; cells: Record<string, MatrixCell> };
  columns: MatrixColumn[];
  professions: Profession[];
  onChange: (row: { label: string; cells: Record<string, MatrixCell> }) => void;
  legend: string;
};

function OtherRow({ row, columns, professions, onChange, legend }: OtherRowProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const rowLabel = row.label.trim() || legend;
  return (
    <>
      <div className="field">
        <label htmlFor={labelId}>{t('respond.matrix.otherLabel')}</label>
        <input
          id={labelId}
          type="text"
          maxLength={200}
          value={row.label}
          onChange={(event) => onChange({ ...row, label: event.target.value })}
        />
      </div>
      <div className="matrix-cells">
        {columns.map((column) => (
          <Cell
            key={column.id}
            column={column}
            rowLabel={rowLabel}
            cell={row.cells[column.id]}
            onChange={(cell) => onChange({ ...row, cells: { ...row.cells, [column.id]: cell } })}
            professions={professions}
          />
        ))}
      </div>
    </>
  );
}
