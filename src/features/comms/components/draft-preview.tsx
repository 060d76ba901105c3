// Shows a draft the way its Markdown reads: headings, bold, bullets and paragraphs, as React text
// (never HTML), so whatever a title or a note contains is shown, not run.
import { parseDraft, type Inline } from '@/domain/comms/formats';

function Inlines({ inlines }: { inlines: Inline[] }) {
  return inlines.map((inline, i) => (inline.strong ? <strong key={i}>{inline.text}</strong> : <span key={i}>{inline.text}</span>));
}

export function DraftPreview({ text }: { text: string }) {
  const blocks = parseDraft(text);
  if (blocks.length === 0) return <p className="muted">Nothing to preview yet.</p>;
  return (
    <div className="comms-preview-body">
      {blocks.map((block, i) => {
        if (block.type === 'heading') {
          return (
            <p key={i} className="comms-preview-heading">
              <Inlines inlines={block.inlines} />
            </p>
          );
        }
        if (block.type === 'list') {
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>
                  <Inlines inlines={item} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i}>
            {block.lines.map((line, j) => (
              <span key={j} className="comms-preview-line">
                <Inlines inlines={line} />
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}
