// Text that goes inside a mermaid diagram comes from users (titles, timeline rows, 5-whys). It
// must never become diagram syntax (`"]; click A callback`) or HTML. Every character outside a
// small safe set becomes a mermaid entity code (#NNN;), which mermaid renders as that character.
const SAFE = /[A-Za-z0-9 .,_-]/;

export function mermaidText(text: string, maxLength = 200): string {
  const clipped = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  let out = '';
  for (const ch of clipped.replace(/\s+/g, ' ').trim()) {
    out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}

/** A quoted mermaid label: "text", with the text made inert. */
export const mermaidLabel = (text: string, maxLength?: number) => `"${mermaidText(text, maxLength)}"`;
