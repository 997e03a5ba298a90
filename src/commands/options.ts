import { err, ok, type Result } from '../result';
import { LANGUAGES, SEGMENTATION_MODES, type Language, type SegmentationMode } from '../text/types';

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

/** The formats `cli align` writes; here, not beside the renderers, so `cli segment` can print its usage without loading them. */
export const ALIGN_FORMATS = ['json', 'pdf', 'html', 'csv'] as const;
export type AlignFormat = (typeof ALIGN_FORMATS)[number];
export const isAlignFormat = (value: string): value is AlignFormat => oneOf(ALIGN_FORMATS, value);

/** What a caller may choose about segmentation. */
export interface SegmentOptionsInput {
  readonly mode: SegmentationMode;
  readonly language?: Language;
}

/**
 * Validates untrusted options into a value or a list of readable issues. By
 * hand rather than with zod: `cli segment` should load the text pipeline and
 * nothing else.
 *
 * @example
 * parseSegmentOptions({ mode: 'lines' }) // { ok: true, value: { mode: 'lines' } }
 */
export function parseSegmentOptions(input: Readonly<Record<string, unknown>>): Result<SegmentOptionsInput, string[]> {
  const { mode = 'clauses', language, ...rest } = input;
  const chosenMode = oneOf(SEGMENTATION_MODES, mode) ? mode : undefined;
  const chosenLanguage = language === undefined || oneOf(LANGUAGES, language) ? language : null;
  const issues = [
    ...(chosenMode ? [] : [`mode: expected one of ${SEGMENTATION_MODES.join(', ')}`]),
    ...(chosenLanguage === null ? [`language: expected one of ${LANGUAGES.join(', ')}`] : []),
    ...Object.keys(rest).map((key) => `${key}: not an option`),
  ];
  if (!chosenMode || chosenLanguage === null || issues.length > 0) return err(issues);
  return ok({ mode: chosenMode, ...(chosenLanguage ? { language: chosenLanguage } : {}) });
}
