import { ROAD_STYLE, STAR_LEVEL_STYLE, STATUS_STYLE } from './style';

/** What the colours mean, and that some of what is drawn is approximate or demo data. */
export function Legend() {
  return (
    <aside className="atlas-legend" aria-label="图例">
      <h1>周口产业集聚区一张图</h1>
      <div>
        {STAR_LEVEL_STYLE.slice(0, 3).map(([level, colour, label]) => (
          <div key={level}>
            <span className="swatch" style={{ background: colour }} />
            {label}
          </div>
        ))}
      </div>
      <div style={{ marginTop: 6 }}>
        {STATUS_STYLE.map(([status, colour, label]) => (
          <span key={status} style={{ marginRight: 8, whiteSpace: 'nowrap' }}>
            <span className="swatch" style={{ background: colour, borderRadius: 7 }} />
            {label}
          </span>
        ))}
      </div>
      <div style={{ marginTop: 6 }}>
        {ROAD_STYLE.map(([kind, colour, label]) => (
          <span key={kind} style={{ marginRight: 8, whiteSpace: 'nowrap' }}>
            <span className="swatch" style={{ background: colour, height: 4, verticalAlign: 3 }} />
            {label}
          </span>
        ))}
      </div>
      <div style={{ marginTop: 6 }}>
        <span style={{ marginRight: 8 }}>
          <span className="swatch" style={{ background: '#7048e8', height: 4, verticalAlign: 3 }} />
          电网(≥110千伏)
        </span>
        <span style={{ marginRight: 8 }}>
          <span className="swatch" style={{ background: '#1098ad', borderRadius: 7 }} />
          污水处理厂
        </span>
        <span>
          <span className="swatch" style={{ background: '#0ca678', borderRadius: 7 }} />
          搬迁村庄→安置社区
        </span>
      </div>
      <p className="note">虚线范围为示意位置(非勘测边界);“示例”项目为演示数据,非真实项目。</p>
    </aside>
  );
}
