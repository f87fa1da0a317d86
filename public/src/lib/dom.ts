export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing from the page`);
  return element as T;
}

export function show(id: string, visible: boolean): void {
  byId(id).hidden = !visible;
}

export function setText(id: string, text: string): void {
  byId(id).textContent = text;
}

export type NoticeKind = 'info' | 'ok' | 'error';

export function notice(text: string | undefined, kind: NoticeKind = 'info'): void {
  const box = byId('notice');
  box.hidden = !text;
  box.textContent = text ?? '';
  box.dataset.kind = kind;
}
