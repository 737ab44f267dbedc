import { useLayoutEffect, useRef, type CSSProperties, type TextareaHTMLAttributes } from 'react';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'rows'> & {
  /** The lines it shows at least, however short its text. */
  rows?: number;
};

/** Whether the browser sizes a text area to its text by itself (CSS `field-sizing: content`). */
function growsByItself() {
  return (
    typeof CSS !== 'undefined' &&
    typeof CSS.supports === 'function' &&
    CSS.supports('field-sizing', 'content')
  );
}

/**
 * A text area in the page's font that grows with its text (up to most of the screen, then it scrolls) and never
 * shows fewer than `rows` lines. Browsers that cannot size it by CSS get its height set from what it holds.
 */
export function TextArea({ rows = 3, className, style, value, ...props }: TextAreaProps) {
  const element = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const area = element.current;
    if (!area || growsByItself()) return;
    area.style.height = '';
    if (area.scrollHeight > area.clientHeight) {
      // The height includes the borders (border-box); scrollHeight does not.
      area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
    }
  }, [value]);
  return (
    <textarea
      ref={element}
      rows={rows}
      className={className ? `text-area ${className}` : 'text-area'}
      style={{ '--rows': rows, ...style } as CSSProperties}
      value={value}
      {...props}
    />
  );
}
