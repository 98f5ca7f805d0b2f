import { useState } from 'react';
import { request } from '../graphql/request';

export interface SearchHit {
  kind: 'ZONE' | 'CLUSTER' | 'ENTERPRISE' | 'PROJECT';
  id: string;
  name: string;
  zoneCode: string | null;
}

const KIND_LABEL: Record<SearchHit['kind'], string> = {
  ZONE: '园区',
  CLUSTER: '集群',
  ENTERPRISE: '企业',
  PROJECT: '项目',
};

/** Finds zones, clusters, enterprises and projects by name; choosing a hit hands it to the map. */
export function SearchBox({ onChoose }: { onChoose: (hit: SearchHit) => void }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);

  async function search(value: string) {
    setText(value);
    if (value.trim().length === 0) return setHits([]);
    const data = await request<{ search: SearchHit[] }>(
      'query Search($text: String!) { search(text: $text, first: 8) { kind id name zoneCode } }',
      { text: value },
    );
    setHits(data.search);
  }

  return (
    <search className="atlas-search">
      <input
        type="search"
        placeholder="搜索园区、集群、企业、项目"
        aria-label="搜索"
        value={text}
        onChange={(e) => void search(e.target.value)}
      />
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
                <small>{KIND_LABEL[hit.kind]}</small> {hit.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </search>
  );
}
