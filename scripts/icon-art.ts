/**
 * The app icon as SVG: a pull-request glyph (GitHub's activity) on Teams' brand purple.
 * One drawing, two renderings: `color` 192×192 full-bleed, `outline` 32×32 white on transparent.
 */
const GLYPH = (stroke: string, width: number) => `
  <g fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round">
    <circle cx="62" cy="52" r="13"/>
    <circle cx="62" cy="140" r="13"/>
    <path d="M62 65v62"/>
    <circle cx="130" cy="140" r="13"/>
    <path d="M130 127V86a20 20 0 0 0-20-20H88"/>
    <path d="M100 52L86 66l14 14"/>
  </g>`;

export function colorIconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#7B83EB"/><stop offset="1" stop-color="#4F52B2"/>
  </linearGradient></defs>
  <rect width="192" height="192" fill="url(#bg)"/>
  ${GLYPH('#ffffff', 11)}
</svg>`;
}

/** Thicker strokes: at 32 px the colour icon's lines would vanish. */
export function outlineIconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="16 12 160 160">
  ${GLYPH('#ffffff', 16)}
</svg>`;
}
