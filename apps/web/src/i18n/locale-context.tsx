'use client';

import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type EnumKind, type EnumValue, label } from './enums';
import { type Formatters, formattersFor } from './format';
import type { Locale } from './locale';
import { type MessageArgs, type MessageKey, t } from './messages';

/** Everything a component needs to speak the reader's language, with the locale filled in. */
export interface LocaleTools {
  locale: Locale;
  t: <K extends MessageKey>(key: K, ...params: MessageArgs<K>) => string;
  label: <K extends EnumKind>(kind: K, value: EnumValue<K>) => string;
  fmt: Formatters;
}

function toolsFor(locale: Locale): LocaleTools {
  return {
    locale,
    t: (key, ...params) => t(locale, key, ...params),
    label: (kind, value) => label(kind, value, locale),
    fmt: formattersFor(locale),
  };
}

// Without a provider the map speaks Chinese, its readers' language.
const LocaleContext = createContext<LocaleTools>(toolsFor('zh'));

/**
 * Gives the components below it one locale.
 *
 * @example
 * <LocaleProvider locale={parseLocale(searchParams.get('lang'))}><AtlasMap /></LocaleProvider>
 */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const tools = useMemo(() => toolsFor(locale), [locale]);
  return <LocaleContext value={tools}>{children}</LocaleContext>;
}

/**
 * The current locale and its tools.
 *
 * @example
 * const { t, fmt, label } = useLocale();
 * t('project.investment'); fmt.yi(1.38); label('ProjectStatus', 'STARTED');
 */
export function useLocale(): LocaleTools {
  return useContext(LocaleContext);
}
