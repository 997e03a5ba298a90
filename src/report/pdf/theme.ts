/**
 * Noto Sans from @expo-google-fonts/noto-sans: static TTFs covering Latin,
 * Latin Extended, Greek and Cyrillic, so French, Dutch and German text,
 * names and typographic quotes print as written. pdfkit's standard 14 fonts
 * are not embedded and stop at the WinAnsi character set, which leaves out
 * much of Latin Extended (ő, Ł, č …) and everything beyond it.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
} as const;

export type FontFace = keyof typeof FONT_FILES;

/**
 * Where the faces are on disk, resolved through node_modules so the report
 * works from the sources, the compiled dist/ and the tests alike.
 *
 * @example
 * doc.registerFont('bold', fontPaths().bold);
 */
export function fontPaths(): Record<FontFace, string> {
  return {
    regular: require.resolve(FONT_FILES.regular),
    bold: require.resolve(FONT_FILES.bold),
    italic: require.resolve(FONT_FILES.italic),
  };
}

/** A4 with room above for the running header and below for the page number. */
export const PAGE = {
  size: 'A4',
  margins: { top: 66, bottom: 58, left: 50, right: 50 },
} as const;

export const SIZE = {
  title: 22,
  h1: 16,
  h2: 11.5,
  body: 9.5,
  table: 8.3,
  small: 7.5,
} as const;

/** Line height as a multiple of the font size: Noto's ascender leaves room for accents on capitals. */
export const LEADING = 1.32;

// Each colour is paired with a non-colour cue (strike, underline, pattern, label), so
// greyscale prints and colour-blind readers lose nothing.
export const COLOR = {
  text: '#111111',
  muted: '#555555',
  rule: '#9A9A9A',
  faint: '#D0D0D0',
  headerFill: '#E4E4E4',
  zebra: '#F4F4F4',
  deleted: '#B3261E',
  inserted: '#1E6B34',
} as const;
