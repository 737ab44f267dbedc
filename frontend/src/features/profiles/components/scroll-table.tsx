import type { ReactNode } from 'react';

/** A table that scrolls sideways inside its own focusable region, never the page; named by its caption. */
export function ScrollTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="table-wrapper" role="region" tabIndex={0} aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
