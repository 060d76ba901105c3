// "12 min ago", with the absolute local and UTC time on hover and on keyboard focus.
import { formatLocal, formatRelative, formatUtc } from '@/domain/time/format';

export function RelativeTime({ at, now, prefix }: { at: number; now: number; prefix?: string }) {
  const absolute = `${formatLocal(at)} local · ${formatUtc(at)}`;
  return (
    // Focusable so keyboard users can reveal the absolute time too.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <time className="has-tip" dateTime={new Date(at).toISOString()} data-tip={absolute} title={absolute} tabIndex={0}>
      {prefix}
      {formatRelative(at, now)}
    </time>
  );
}
