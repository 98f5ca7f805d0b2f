/** Where the login page sends the browser when `next` is missing or points anywhere but this site. */
export const HOME = '/';

// A throwaway origin to resolve `next` against: whatever resolves elsewhere was not a path here.
const PROBE = 'http://atlas.invalid';

// A tab or newline inside a URL is dropped by the parser, so `/\t/evil.example` would become `//evil.example`.
const hasControl = (text: string) =>
  [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/**
 * The page to go back to after signing in, from the login page's `?next=`: only a path on this
 * site. `//evil.example`, `https://evil.example`, `/\evil.example` and `javascript:` all resolve to
 * another origin (or none) and give the map instead, so a crafted login link cannot send a
 * freshly signed-in planner to a look-alike page.
 *
 * @example
 * safeNext('/report?month=2014-09'); // '/report?month=2014-09'
 * safeNext('//evil.example/x'); // '/'
 * safeNext(null); // '/'
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.includes('\\') || hasControl(next)) return HOME;
  let url: URL;
  try {
    url = new URL(next, PROBE);
  } catch {
    return HOME;
  }
  if (url.origin !== PROBE) return HOME;
  // The login page itself would only ask again.
  if (url.pathname === '/login') return HOME;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The login page's address that comes back to `path` afterwards.
 *
 * @example
 * loginHref('/report?month=2014-09', 'en'); // '/login?next=%2Freport%3Fmonth%3D2014-09&lang=en'
 */
export function loginHref(path: string, locale: 'zh' | 'en' = 'zh'): string {
  const params = new URLSearchParams({ next: safeNext(path) });
  if (locale === 'en') params.set('lang', 'en');
  return `/login?${params.toString()}`;
}
