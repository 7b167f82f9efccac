// A small bar chart drawn on the server as SVG; the table beside it is its text alternative.
export function BarChart({
  bars,
  title,
  description,
  id,
}: {
  bars: readonly { label: string; value: number; valueLabel: string }[];
  title: string;
  description: string;
  id: string;
}) {
  const width = 640;
  const height = 220;
  const top = 22;
  const bottom = 28;
  const slot = width / Math.max(bars.length, 1);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const scale = (height - top - bottom) / max;
  return (
    <svg className="consult-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1={0} x2={width} y1={height - bottom} y2={height - bottom} className="consult-chart-axis" />
      {bars.map((b, i) => {
        const h = b.value * scale;
        const x = i * slot + slot * 0.18;
        const w = slot * 0.64;
        const y = height - bottom - h;
        return (
          <g key={b.label} aria-hidden="true">
            <rect x={x} y={y} width={w} height={Math.max(h, 0)} className="consult-chart-bar" rx={2} />
            <text x={x + w / 2} y={y - 6} textAnchor="middle" className="consult-chart-value">
              {b.valueLabel}
            </text>
            <text x={x + w / 2} y={height - 9} textAnchor="middle" className="consult-chart-label">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
