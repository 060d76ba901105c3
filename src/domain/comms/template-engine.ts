// Our own small template language for incident updates (DOMAIN.md §6). It only ever looks values
// up by name and pastes text: no expressions, no code, no HTML. Values are inserted after parsing,
// so a value that contains `{{x}}` stays text and is never evaluated.
//
// Syntax (a subset of Mustache, so it looks familiar):
//   {{name}}                 the value; a list is joined as "a, b and c"
//   {{#name}}…{{/name}}      a section: repeated for each item of a list ({{.}} is the item),
//                            shown once for a non-empty text (then {{.}} is that text) or `true`,
//                            left out when empty or false
//   {{^name}}…{{/name}}      shown only when the value is empty or false ("none yet")
//   {{! comment }}           left out of the output
// A line holding nothing but a section or comment tag disappears entirely, so sections can sit on
// their own lines. Problems are never printed silently as `{{x}}`: each one becomes a visible
// marker in the output ([unknown: x], [fill in: x], [invalid placeholder]) and an issue with its
// position, for the editor to flag.

export type TemplateValue = string | boolean | readonly string[];
export type TemplateContext = Readonly<Record<string, TemplateValue>>;

export type IssueKind = 'syntax' | 'unknown' | 'empty' | 'too-long';

export interface TemplateIssue {
  kind: IssueKind;
  /** The placeholder's name ('' when the tag has none, e.g. a bare `{{`). */
  name: string;
  /** Where the tag starts in the template: offset, and 1-based line and column. */
  offset: number;
  line: number;
  column: number;
  message: string;
}

export interface RenderResult {
  text: string;
  issues: TemplateIssue[];
}

/** Placeholder names: lower-case words joined by underscores. */
const NAME = /^[a-z][a-z0-9_]*$/;
/** The event store keeps at most 50,000 characters of an update. */
export const MAX_OUTPUT = 50_000;
const MAX_DEPTH = 8;

export const marker = {
  unknown: (name: string) => `[unknown: ${name}]`,
  empty: (name: string) => `[fill in: ${name}]`,
  invalid: '[invalid placeholder]',
};

/** Markers that the renderer leaves in a draft, for finding gaps the author has not filled. */
const GAP = /\[(unknown|fill in): ([a-z][a-z0-9_]*|\.)\]|\[invalid placeholder\]/g;

export interface Gap {
  kind: 'unknown' | 'empty' | 'syntax';
  name: string;
  offset: number;
  line: number;
  column: number;
}

type Node =
  | { type: 'text'; value: string }
  | { type: 'var'; name: string; offset: number }
  | { type: 'invalid'; offset: number }
  | { type: 'section'; name: string; inverted: boolean; offset: number; children: Node[] };

interface Tag {
  start: number;
  end: number;
  kind: 'var' | 'open' | 'inverted' | 'close' | 'comment' | 'invalid';
  name: string;
}

export function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function issue(source: string, kind: IssueKind, name: string, offset: number, message: string): TemplateIssue {
  return { kind, name, offset, ...positionOf(source, offset), message };
}

function scanTags(source: string, issues: TemplateIssue[]): Tag[] {
  const tags: Tag[] = [];
  let at = source.indexOf('{{');
  while (at !== -1) {
    const close = source.indexOf('}}', at + 2);
    if (close === -1) {
      issues.push(issue(source, 'syntax', '', at, '“{{” is never closed with “}}”.'));
      tags.push({ start: at, end: at + 2, kind: 'invalid', name: '' });
      at = source.indexOf('{{', at + 2);
      continue;
    }
    const raw = source.slice(at + 2, close).trim();
    const end = close + 2;
    const sigil = raw[0];
    if (sigil === '!') {
      tags.push({ start: at, end, kind: 'comment', name: '' });
    } else if (raw === '.') {
      tags.push({ start: at, end, kind: 'var', name: '.' });
    } else if (sigil === '#' || sigil === '^' || sigil === '/') {
      const name = raw.slice(1).trim();
      const kind = sigil === '#' ? 'open' : sigil === '^' ? 'inverted' : 'close';
      if (NAME.test(name)) tags.push({ start: at, end, kind, name });
      else {
        issues.push(issue(source, 'syntax', name, at, `“{{${raw}}}” is not a valid section: names are lower-case letters, digits and _.`));
        tags.push({ start: at, end, kind: 'invalid', name });
      }
    } else if (NAME.test(raw)) {
      tags.push({ start: at, end, kind: 'var', name: raw });
    } else {
      issues.push(issue(source, 'syntax', raw, at, `“{{${raw}}}” is not a placeholder: names are lower-case letters, digits and _.`));
      tags.push({ start: at, end, kind: 'invalid', name: raw });
    }
    at = source.indexOf('{{', end);
  }
  return tags;
}

const isBlank = (s: string) => /^[ \t]*$/.test(s);

/** The range a tag takes out of the text: its whole line when it stands alone on it (blank around it). */
function consumedRange(source: string, tag: Tag): [number, number] {
  if (tag.kind !== 'open' && tag.kind !== 'inverted' && tag.kind !== 'close' && tag.kind !== 'comment') return [tag.start, tag.end];
  const lineStart = source.lastIndexOf('\n', tag.start - 1) + 1;
  const newline = source.indexOf('\n', tag.end);
  const lineEnd = newline === -1 ? source.length : newline;
  const alone = isBlank(source.slice(lineStart, tag.start)) && isBlank(source.slice(tag.end, lineEnd).replace(/\r$/, ''));
  return alone ? [lineStart, newline === -1 ? source.length : newline + 1] : [tag.start, tag.end];
}

interface Parsed {
  nodes: Node[];
  issues: TemplateIssue[];
}

export function parseTemplate(source: string): Parsed {
  const issues: TemplateIssue[] = [];
  const tags = scanTags(source, issues);
  const root: Node[] = [];
  const stack: { name: string; offset: number; children: Node[] }[] = [];
  const current = () => stack[stack.length - 1]?.children ?? root;
  let cursor = 0;
  for (const tag of tags) {
    const [from, to] = consumedRange(source, tag);
    if (from > cursor) current().push({ type: 'text', value: source.slice(cursor, from) });
    cursor = Math.max(cursor, to);
    switch (tag.kind) {
      case 'comment':
        break;
      case 'invalid':
        current().push({ type: 'invalid', offset: tag.start });
        break;
      case 'var':
        if (tag.name === '.' && stack.length === 0) {
          issues.push(
            issue(source, 'syntax', '.', tag.start, '“{{.}}” only means something inside a section, e.g. {{#actions}}- {{.}}{{/actions}}.'),
          );
          current().push({ type: 'invalid', offset: tag.start });
        } else current().push({ type: 'var', name: tag.name, offset: tag.start });
        break;
      case 'open':
      case 'inverted': {
        if (stack.length >= MAX_DEPTH) {
          issues.push(issue(source, 'syntax', tag.name, tag.start, `Sections nest at most ${MAX_DEPTH} deep.`));
          current().push({ type: 'invalid', offset: tag.start });
          break;
        }
        const section: Node = { type: 'section', name: tag.name, inverted: tag.kind === 'inverted', offset: tag.start, children: [] };
        current().push(section);
        stack.push({ name: tag.name, offset: tag.start, children: section.children });
        break;
      }
      case 'close': {
        const depth = stack.map((s) => s.name).lastIndexOf(tag.name);
        if (depth === -1) {
          issues.push(issue(source, 'syntax', tag.name, tag.start, `“{{/${tag.name}}}” closes a section that is not open.`));
          current().push({ type: 'invalid', offset: tag.start });
          break;
        }
        while (stack.length > depth + 1) {
          const unclosed = stack.pop()!;
          issues.push(issue(source, 'syntax', unclosed.name, unclosed.offset, `“{{#${unclosed.name}}}” is never closed with {{/${unclosed.name}}}.`));
        }
        stack.pop();
        break;
      }
    }
  }
  if (cursor < source.length) current().push({ type: 'text', value: source.slice(cursor) });
  for (const unclosed of stack.reverse()) {
    issues.push(issue(source, 'syntax', unclosed.name, unclosed.offset, `“{{#${unclosed.name}}}” is never closed with {{/${unclosed.name}}}.`));
  }
  return { nodes: root, issues: issues.sort((a, b) => a.offset - b.offset) };
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function isEmpty(value: TemplateValue): boolean {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'string') return value.trim() === '';
  return value.length === 0;
}

function lookup(context: TemplateContext, name: string): TemplateValue | undefined {
  // Own properties only: `{{constructor}}` must not reach Object.prototype.
  return Object.hasOwn(context, name) ? context[name] : undefined;
}

function collectNames(nodes: readonly Node[], out: { name: string; offset: number }[] = []) {
  for (const node of nodes) {
    if (node.type === 'var' && node.name !== '.') out.push(node);
    if (node.type === 'section') {
      out.push(node);
      collectNames(node.children, out);
    }
  }
  return out;
}

/**
 * Syntax problems and unknown names, without rendering: what the template editor flags whatever
 * the incident. `known` is the set of placeholder names available to the template's audience.
 */
export function analyzeTemplate(source: string, known: ReadonlySet<string>, describeUnknown = defaultUnknownMessage): TemplateIssue[] {
  const { nodes, issues } = parseTemplate(source);
  for (const { name, offset } of collectNames(nodes)) {
    if (!known.has(name)) issues.push(issue(source, 'unknown', name, offset, describeUnknown(name)));
  }
  return issues.sort((a, b) => a.offset - b.offset);
}

const defaultUnknownMessage = (name: string) => `{{${name}}} is not a placeholder.`;

/** Renders a template against a context: the text, and every problem with its position. */
export function renderTemplate(source: string, context: TemplateContext, describeUnknown = defaultUnknownMessage): RenderResult {
  const { nodes, issues } = parseTemplate(source);
  const reported = new Set<string>();
  const report = (kind: IssueKind, name: string, offset: number, message: string) => {
    const key = `${kind}:${offset}`;
    if (reported.has(key)) return;
    reported.add(key);
    issues.push(issue(source, kind, name, offset, message));
  };
  for (const { name, offset } of collectNames(nodes)) {
    if (lookup(context, name) === undefined) report('unknown', name, offset, describeUnknown(name));
  }

  let out = '';
  let truncated = false;
  const emit = (s: string) => {
    if (truncated) return;
    if (out.length + s.length > MAX_OUTPUT) {
      out += s.slice(0, MAX_OUTPUT - out.length);
      truncated = true;
    } else out += s;
  };

  const walk = (list: readonly Node[], item: string | undefined) => {
    for (const node of list) {
      if (truncated) return;
      if (node.type === 'text') emit(node.value);
      else if (node.type === 'invalid') emit(marker.invalid);
      else if (node.type === 'var') {
        if (node.name === '.') {
          emit(item ?? '');
          continue;
        }
        const value = lookup(context, node.name);
        if (value === undefined) emit(marker.unknown(node.name));
        else if (isEmpty(value) && typeof value !== 'boolean') {
          report(
            'empty',
            node.name,
            node.offset,
            `{{${node.name}}} has no value for this incident: fill it in, or wrap it in {{#${node.name}}}…{{/${node.name}}}.`,
          );
          emit(marker.empty(node.name));
        } else if (typeof value === 'boolean') emit(value ? 'yes' : 'no');
        else if (typeof value === 'string') emit(value);
        else emit(joinList(value));
      } else {
        const value = lookup(context, node.name);
        if (value === undefined) {
          emit(marker.unknown(node.name));
          continue;
        }
        const empty = isEmpty(value);
        if (node.inverted) {
          if (empty) walk(node.children, item);
        } else if (!empty) {
          if (Array.isArray(value)) for (const each of value as readonly string[]) walk(node.children, each);
          else walk(node.children, typeof value === 'string' ? value : item);
        }
      }
    }
  };
  walk(nodes, undefined);
  if (truncated) report('too-long', '', source.length, `The message is longer than ${MAX_OUTPUT.toLocaleString('en')} characters and was cut.`);
  return { text: out, issues: issues.sort((a, b) => a.offset - b.offset) };
}

/** Gaps the renderer left in a draft (and that the author has not filled in yet). */
export function findGaps(text: string): Gap[] {
  const gaps: Gap[] = [];
  for (const m of text.matchAll(GAP)) {
    const kind = m[1] === 'unknown' ? 'unknown' : m[1] === 'fill in' ? 'empty' : 'syntax';
    gaps.push({ kind, name: m[2] ?? '', offset: m.index, ...positionOf(text, m.index) });
  }
  return gaps;
}
