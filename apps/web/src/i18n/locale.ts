/** The map's two languages: Chinese for the city's leaders, English one click away. */
export type Locale = 'zh' | 'en';

export const LOCALES: readonly Locale[] = ['zh', 'en'];

/**
 * The BCP 47 tag for `<html lang>` and `Intl`. British English, because the English text follows
 * British usage ("15 Jul 2014", "centre", "colour").
 */
export const LANGUAGE_TAG: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * Each language named in itself, for the toggle: a reader who cannot read the current language
 * still recognises the name of their own. That is why these are not in MESSAGES.
 */
export const LOCALE_NAME: Record<Locale, string> = { zh: '中文', en: 'English' };

/**
 * Reads a locale from a query parameter, cookie or language tag; anything not English is Chinese.
 *
 * @example
 * parseLocale('en-US'); // 'en'
 * parseLocale(null); // 'zh'
 */
export function parseLocale(value: string | null | undefined): Locale {
  const language = value?.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'en' ? 'en' : 'zh';
}

/** The locale the toggle switches to. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
