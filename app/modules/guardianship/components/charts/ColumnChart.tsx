// A column chart drawn on the server as SVG (no JavaScript): one column per category, its value
// written above it, "—" where there is no value. The table beside it is its text alternative.
export interface Column {
  label: string;
  value: number | null;
  valueLabel: string;
}

export function ColumnChart({ id, title, description, columns }: { id: string; title: string; description: string; columns: readonly Column[] }) {
  const width = 640;
  const height = 230;
  const top = 24;
  const bottom = 30;
  const slot = width / Math.max(columns.length, 1);
  const max = Math.max(1, ...columns.map((c) => c.value ?? 0));
  const scale = (height - top - bottom) / max;
  const base = height - bottom;
  return (
    <svg className="consult-chart stats-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1={0} x2={width} y1={base} y2={base} className="consult-chart-axis" />
      {columns.map((c, i) => {
        const h = (c.value ?? 0) * scale;
        const w = slot * 0.62;
        const x = i * slot + (slot - w) / 2;
        return (
          <g key={`${i}-${c.label}`}>
            {c.value !== null ? <rect x={x} y={base - h} width={w} height={Math.max(h, 0)} rx={2} className="consult-chart-bar" /> : null}
            <text x={x + w / 2} y={base - h - 7} textAnchor="middle" className={c.value === null ? "consult-chart-label" : "consult-chart-value"}>
              {c.valueLabel}
            </text>
            <text x={x + w / 2} y={height - 10} textAnchor="middle" className="consult-chart-label">
              {c.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
