// A draft is written in a small Markdown subset — `**bold**`, `#` headings, `- ` bullets, blank
// lines between paragraphs — and leaves as plain text, Markdown or Slack mrkdwn, or in an e-mail.
// Each output makes the draft inert for where it goes: Markdown gets no raw HTML (`<` is
// escaped), Slack gets its three control characters escaped (no `<!channel>`, `<@user>` or
// `<url|label>` can come out of a draft), and the e-mail link is fully percent-encoded.

export type OutputFormat = 'plain' | 'markdown' | 'slack';

export const FORMAT_LABEL: Record<OutputFormat, string> = {
  plain: 'plain text',
  markdown: 'Markdown',
  slack: 'Slack mrkdwn',
};

export type Inline = { text: string; strong: boolean };
export type Block = { type: 'heading'; inlines: Inline[] } | { type: 'paragraph'; lines: Inline[][] } | { type: 'list'; items: Inline[][] };

const HEADING = /^#{1,6}\s+(.*)$/;
const BULLET = /^\s*[-*•]\s+(.*)$/;
const BOLD = /\*\*(?=\S)(.+?)(?<=\S)\*\*/g;

/** `**bold**` spans of one line; backslash escapes (`\*`) become the character. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(BOLD)) {
    if (m.index > last) out.push({ text: unescape(line.slice(last, m.index)), strong: false });
    out.push({ text: unescape(m[1] ?? ''), strong: true });
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ text: unescape(line.slice(last)), strong: false });
  return out;
}

const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1');

/** The draft as blocks for the preview (rendered as React text, never as HTML). */
export function parseDraft(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: Inline[][] | null = null;
  let list: Inline[][] | null = null;
  const flush = () => {
    if (paragraph) blocks.push({ type: 'paragraph', lines: paragraph });
    if (list) blocks.push({ type: 'list', items: list });
    paragraph = null;
    list = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      blocks.push({ type: 'heading', inlines: parseInline(heading[1] ?? '') });
    } else if (bullet) {
      if (paragraph) flush();
      (list ??= []).push(parseInline(bullet[1] ?? ''));
    } else {
      if (list) flush();
      (paragraph ??= []).push(parseInline(line));
    }
  }
  flush();
  return blocks;
}

function mapLines(text: string, each: (line: string) => string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => each(line.trimEnd()))
    .join('\n');
}

export function toPlainText(text: string): string {
  return mapLines(text, (line) => {
    const heading = HEADING.exec(line);
    const content = heading ? (heading[1] ?? '') : line;
    return unescape(content.replace(BOLD, '$1'));
  }).trim();
}

export function toMarkdown(text: string): string {
  return mapLines(text, (line) => line.replace(/</g, '&lt;')).trim();
}

export function toSlack(text: string): string {
  return mapLines(text, (line) => {
    const safe = line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const heading = HEADING.exec(safe);
    if (heading) return `*${unescape((heading[1] ?? '').replace(BOLD, '$1'))}*`;
    const bullet = BULLET.exec(safe);
    const body = bullet ? `• ${bullet[1] ?? ''}` : safe;
    return unescape(body.replace(BOLD, '*$1*').replace(/~~(.+?)~~/g, '~$1~'));
  }).trim();
}

export function formatDraft(text: string, format: OutputFormat): string {
  return format === 'plain' ? toPlainText(text) : format === 'markdown' ? toMarkdown(text) : toSlack(text);
}

/** Some mail programs cut `mailto:` links longer than this. */
export const MAILTO_SAFE_LENGTH = 2_000;

/**
 * A `mailto:` link with the subject and the plain-text body (RFC 6068: percent-encoded, CRLF line
 * breaks). Everything is encoded, so a subject cannot add headers (`%0D%0ABcc:`).
 */
export function mailtoUrl(subject: string, body: string, to: readonly string[] = []): string {
  const crlf = (s: string) => s.replace(/\r\n?|\n/g, '\r\n');
  const recipients = to.map((a) => encodeURIComponent(a.trim())).join(',');
  const oneLine = subject.replace(/[\r\n]+/g, ' ');
  return `mailto:${recipients}?subject=${encodeURIComponent(oneLine)}&body=${encodeURIComponent(crlf(toPlainText(body)))}`;
}
