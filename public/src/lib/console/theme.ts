import { byId } from '../dom.js';

const KEY = 'gtb-console-theme';

/**
 * Light or dark as the OS prefers, until the toggle picks one (kept in localStorage: a display
 * preference, not a secret). The toggle is a pressed/unpressed "Dark theme" button.
 */
export function setUpTheme(): void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    const chosen = localStorage.getItem(KEY);
    const dark = chosen ? chosen === 'dark' : media.matches;
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    byId('theme-toggle').setAttribute('aria-pressed', String(dark));
  };
  media.addEventListener('change', apply);
  byId('theme-toggle').addEventListener('click', () => {
    localStorage.setItem(KEY, document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark');
    apply();
  });
  apply();
}

export function currentTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
