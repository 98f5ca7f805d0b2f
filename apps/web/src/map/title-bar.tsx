import { AccountControl } from '../auth/account-control';
import { LOCALE_NAME, type Locale, otherLocale } from '../i18n/locale';
import { useLocale } from '../i18n/locale-context';

/**
 * The map's name, the one click that turns every label, legend and number into the other language,
 * and who is signed in.
 */
export function TitleBar({ onLocale }: { onLocale: (locale: Locale) => void }) {
  const { t, locale } = useLocale();
  const other = otherLocale(locale);
  return (
    <header className="atlas-title">
      <h1>{t('app.title')}</h1>
      <button
        type="button"
        data-locale-switch={other}
        lang={other === 'en' ? 'en' : 'zh-CN'}
        onClick={() => onLocale(other)}
      >
        {LOCALE_NAME[other]}
      </button>
      <AccountControl />
    </header>
  );
}
