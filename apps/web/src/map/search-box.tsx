import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { SearchDocument, type SearchQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';

export type SearchHit = SearchQuery['search'][number];

/**
 * Finds zones, clusters, enterprises and projects by name; choosing a hit hands it to the map. A
 * combobox with its listbox: ↓ and ↑ move through the hits, Enter chooses one, Esc closes the list.
 */
export function SearchBox({ onChoose }: { onChoose: (hit: SearchHit) => void }) {
  const { t, label } = useLocale();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);
  const listId = useId();
  // Answers can come back out of order while someone types: only the latest question's answer counts.
  const latest = useRef(0);

  async function search(value: string) {
    setText(value);
    setActive(-1);
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

  function choose(hit: SearchHit) {
    setHits([]);
    setActive(-1);
    onChoose(hit);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (hits.length === 0) return;
      e.preventDefault();
      const by = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + by + hits.length) % hits.length);
    } else if (e.key === 'Enter' && hits.length > 0) {
      e.preventDefault();
      const hit = hits[Math.max(0, active)];
      if (hit) choose(hit);
    } else if (e.key === 'Escape' && hits.length > 0) {
      // The list closes first; a second Esc is left to the panel behind it.
      e.preventDefault();
      setHits([]);
      setActive(-1);
    }
  }

  const open = hits.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <search className="atlas-search">
      <input
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        value={text}
        onChange={(e) => void search(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {failed ? <p role="alert">{t('search.failed')}</p> : null}
      <div id={listId} role="listbox" aria-label={t('search.label')} hidden={!open}>
        {hits.map((hit, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input takes the keys for its options
          <div
            key={`${hit.kind}:${hit.id}`}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            data-hit={hit.id}
            data-kind={hit.kind}
            // Keep focus in the input while a pointer chooses, as the keyboard would.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(hit)}
          >
            <small>{label('SearchKind', hit.kind)}</small> {hit.name}
          </div>
        ))}
      </div>
    </search>
  );
}
