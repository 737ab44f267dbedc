import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/translation';

type TableScrollProps = {
  /** What the box is called when it scrolls; by default the table's caption. */
  label?: string;
  className?: string;
  children: ReactNode;
};

/**
 * The box of every wide table: the table scrolls sideways inside it, never the page. While the table is wider than
 * the box, the box is a named region that takes focus, so a keyboard can scroll it too (WCAG 2.1.1; axe's
 * scrollable-region-focusable); a table that fits adds no stop to the tab order.
 */
export function TableScroll({ label, className, children }: TableScrollProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  const [caption, setCaption] = useState<string>();

  // After every render (the rows may have changed) and whenever the box changes size (the window did).
  const measure = () => {
    const element = box.current;
    if (!element) return;
    setScrolls(element.scrollWidth > element.clientWidth + 1);
    setCaption(element.querySelector('caption')?.textContent?.trim() || undefined);
  };
  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => measure());
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={box}
      className={className ? `table-wrapper ${className}` : 'table-wrapper'}
      {...(scrolls
        ? { role: 'region', tabIndex: 0, 'aria-label': label ?? caption ?? t('table.scrollLabel') }
        : {})}
    >
      {children}
    </div>
  );
}
