import { useRef, useState } from 'react';
import { SearchDocument, type SearchQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';

export type SearchHit = SearchQuery['search'][number];

/** Finds zones, clusters, enterprises and projects by name; choosing a hit hands it to the map. */
export function SearchBox({ onChoose }: { onChoose: (hit: SearchHit) => void }) {
  const { t, label } = useLocale();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [failed, setFailed] = useState(false);
  // Answers can come back out of order while someone types: only the latest question's answer counts.
  const latest = useRef(0);

  async function search(value: string) {
    setText(value);
    const asked = ++latest.current;
    if (value.trim().length === 0) return setHits([]);
    try {
      const data = await request(SearchDocument, { text: value.trim() });
      if (asked === latest.current) {
        setHits(data.search);
        setFailed(false);
      }
    } catch {
      if (asked === latest.current) setFailed(true);
    }
  }

  return (
    <search className="atlas-search">
      <input
        type="search"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        value={text}
        onChange={(e) => void search(e.target.value)}
      />
      {failed ? <p role="alert">{t('search.failed')}</p> : null}
      {hits.length > 0 ? (
        <ul>
          {hits.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`}>
              <button
                type="button"
                data-hit={hit.id}
                onClick={() => {
                  onChoose(hit);
                  setHits([]);
                }}
              >
                <small>{label('SearchKind', hit.kind)}</small> {hit.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </search>
  );
}
