import { label, type SourceKind } from '../i18n/enums';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/messages';

/**
 * Where a record comes from, in the reader's language. The API cites demo rows in English; a
 * Chinese panel says the same in Chinese rather than ending in an English sentence.
 *
 * @example sourceText({ kind: 'DEMO', citation: 'Demo data generated …' }, 'zh') // '演示数据 · 按固定随机种子…'
 */
export function sourceText(
  provenance: { kind: SourceKind; citation?: string | null },
  locale: Locale,
): string {
  const kind = label('SourceKind', provenance.kind, locale);
  if (provenance.kind === 'DEMO' && locale === 'zh') return `${kind} · ${t(locale, 'source.demoNote')}`;
  return provenance.citation ? `${kind} · ${provenance.citation}` : kind;
}
