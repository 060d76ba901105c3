// One editable list of a runbook (contacts, links, failure patterns, mitigations): rows of
// labelled fields with Add and Remove.
import { useId } from 'react';

export interface FieldDef<T> {
  key: keyof T & string;
  label: string;
  multiline?: boolean;
  /** A warning shown under the field for this value, if any. */
  warn?: (value: string) => string | null;
}

interface Props<T extends Record<string, string>> {
  legend: string;
  itemName: string;
  items: T[];
  blank: T;
  fields: FieldDef<T>[];
  onChange(items: T[]): void;
}

export function RunbookListEditor<T extends Record<string, string>>({ legend, itemName, items, blank, fields, onChange }: Props<T>) {
  const base = useId();
  const update = (index: number, key: keyof T, value: string) => onChange(items.map((item, i) => (i === index ? { ...item, [key]: value } : item)));
  return (
    <fieldset className="list-editor">
      <legend>{legend}</legend>
      {items.length === 0 && <p className="muted">None yet.</p>}
      {items.map((item, index) => (
        <div key={index} className="list-editor-row" role="group" aria-label={`${itemName} ${index + 1}`}>
          <div className="form-grid">
            {fields.map((f) => {
              const id = `${base}-${index}-${f.key}`;
              const warning = f.warn?.(item[f.key] ?? '');
              return (
                <label key={f.key} htmlFor={id} className={f.multiline ? 'wide' : undefined}>
                  {f.label}
                  {f.multiline ? (
                    <textarea id={id} value={item[f.key] ?? ''} onChange={(e) => update(index, f.key, e.target.value)} rows={2} />
                  ) : (
                    <input id={id} value={item[f.key] ?? ''} onChange={(e) => update(index, f.key, e.target.value)} />
                  )}
                  {warning && <span className="field-error">{warning}</span>}
                </label>
              );
            })}
          </div>
          <button
            type="button"
            onClick={() => onChange(items.filter((_, i) => i !== index))}
            aria-label={`Remove ${itemName.toLowerCase()} ${index + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...items, { ...blank }])}>
        Add {itemName.toLowerCase()}
      </button>
    </fieldset>
  );
}
