import type { Postmortem, PostmortemContent, Unit } from '@/domain/postmortem/model';

/** What every section editor gets: this tab's draft, the saved document, and one way to edit. */
export interface SectionProps {
  draft: PostmortemContent;
  /** The stored document: diagrams draw from it, so they redraw once per save, not per keystroke. */
  saved: Postmortem;
  readOnly: boolean;
  now: number;
  onEdit<U extends Unit>(unit: U, value: PostmortemContent[U]): void;
}
