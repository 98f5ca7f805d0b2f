import { useEffect, useState } from 'react';
import { request } from '../graphql/request';
import { STAR_LEVEL_STYLE } from './style';

interface ZoneDetailData {
  zone: {
    code: string;
    name: string;
    starLevel: string;
    plannedAreaKm2: number | null;
    county: { name: string };
    clusters: { code: string; name: string }[];
    provenance: { citation: string | null };
    geometryProvenance: { kind: string; citation: string | null };
  } | null;
  planTargets: {
    id: number;
    label: string;
    value: number;
    valueMax: number | null;
    comparator: string;
    strive: boolean;
    actual: number | null;
    percentReached: number | null;
    actualSource: string | null;
  }[];
}

const ZONE_QUERY = `query ZoneDetail($code: ID!, $zoneCode: String!) {
  zone(code: $code) {
    code name starLevel plannedAreaKm2 county { name } clusters { code name }
    provenance { citation } geometryProvenance { kind citation }
  }
  planTargets(year: 2014, zoneCode: $zoneCode) { id label value valueMax comparator strive actual percentReached actualSource }
}`;

const STAR_LABEL = Object.fromEntries(STAR_LEVEL_STYLE.map(([level, , label]) => [level, label]));
const SOURCE_LABEL: Record<string, string> = {
  PLAN_TEXT: '规划原文',
  PUBLIC_SOURCE: '公开资料',
  APPROXIMATE: '示意',
  SURVEYED: '实测',
  DEMO: '演示数据',
};

/** A zone as a leader asks about it: its level, clusters, and the plan's targets against what is recorded. */
export function ZoneDetail({ code, onClose }: { code: string; onClose: () => void }) {
  const [data, setData] = useState<ZoneDetailData | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    setData(null);
    setFailed(false);
    request<ZoneDetailData>(ZONE_QUERY, { code, zoneCode: code }).then(
      (d) => current && setData(d),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [code]);
  const zone = data?.zone;
  return (
    <section className="atlas-detail" aria-label="园区详情" data-zone={code}>
      <button type="button" className="close" onClick={onClose} aria-label="关闭">
        ×
      </button>
      {failed ? (
        <p role="alert">园区详情加载失败 / The zone could not be loaded</p>
      ) : !zone ? (
        <p>加载中…</p>
      ) : (
        <>
          <h2>{zone.name}</h2>
          <p className="star" data-star-level={zone.starLevel}>
            {STAR_LABEL[zone.starLevel] ?? zone.starLevel} · {zone.county.name}
            {zone.plannedAreaKm2 ? ` · 规划面积 ${zone.plannedAreaKm2} km²` : ''}
          </p>
          <p>产业集群:{zone.clusters.map((c) => c.name.replace('产业集群', '')).join('、') || '—'}</p>
          <h3>2014年目标与进展</h3>
          <ul>
            {data.planTargets.map((t) => (
              <li key={t.id}>
                {t.label}:{t.strive ? '力争' : ''}
                {t.value}
                {t.valueMax ? `—${t.valueMax}` : ''}
                {t.actual === null ? ' · 暂无数据' : ` · 实际 ${t.actual}(${t.percentReached ?? '—'}%)`}
                {t.actualSource === 'DEMO' ? <em> 演示数据</em> : null}
              </li>
            ))}
          </ul>
          <p className="source">
            来源:{zone.provenance.citation} · 范围:
            {SOURCE_LABEL[zone.geometryProvenance.kind] ?? zone.geometryProvenance.kind}
          </p>
        </>
      )}
    </section>
  );
}
