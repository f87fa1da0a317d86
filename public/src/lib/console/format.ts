/** Times and durations as an operator reads them at a glance, with the exact time in a tooltip. */

export function ago(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return 'never';
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

export function exact(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString() : '';
}

export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** A `<time>` element showing `ago`, the exact time on hover. */
export function timeElement(iso: string | null | undefined): HTMLElement {
  if (!iso) return Object.assign(document.createElement('span'), { textContent: 'never', className: 'muted' });
  const time = document.createElement('time');
  time.dateTime = iso;
  time.title = exact(iso);
  time.textContent = ago(iso);
  return time;
}
