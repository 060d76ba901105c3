// A Markdown text section: the text on the left, its live, sanitised preview on the right.
import { useId } from 'react';
import { MarkdownView } from '@/ui/markdown-view';

interface Props {
  label: string;
  hint?: string;
  value: string;
  readOnly?: boolean;
  rows?: number;
  /** The section title already says it: keep the label for screen readers only. */
  hideLabel?: boolean;
  onChange(value: string): void;
}

export function MarkdownField({ label, hint, value, readOnly = false, rows = 5, hideLabel = false, onChange }: Props) {
  const id = useId();
  return (
    <div className="pm-md-field">
      <div className="pm-md-edit">
        <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'pm-label'}>
          {label}
        </label>
        {hint && (
          <p className="pm-hint muted" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <textarea
          id={id}
          value={value}
          rows={rows}
          readOnly={readOnly}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.value)}
          spellCheck
        />
      </div>
      <section className="pm-md-preview" aria-label={`${label} preview`}>
        <MarkdownView source={value} empty="Nothing written yet." />
      </section>
    </div>
  );
}
