// A horizontal bar chart drawn on the server as SVG (no JavaScript): one bar per row, its label on
// the left and its value after the bar. The table beside it is its text alternative.
export interface Bar {
  label: string;
  value: number;
  valueLabel: string;
}

export function HorizontalBarChart({ id, title, description, bars }: { id: string; title: string; description: string; bars: readonly Bar[] }) {
  const width = 640;
  const row = 26;
  const top = 10;
  const labelWidth = 130;
  const valueWidth = 60;
  const height = top * 2 + row * Math.max(bars.length, 1);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const scale = (width - labelWidth - valueWidth) / max;
  return (
    <svg className="consult-chart stats-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1={labelWidth} x2={labelWidth} y1={top / 2} y2={height - top / 2} className="consult-chart-axis" />
      {bars.map((b, i) => {
        const y = top + i * row;
        const w = Math.max(b.value * scale, 0);
        return (
          <g key={`${i}-${b.label}`}>
            <text x={labelWidth - 8} y={y + row / 2 + 4} textAnchor="end" className="consult-chart-label">
              {b.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={w} height={row - 8} rx={2} className="consult-chart-bar" />
            <text x={labelWidth + w + 6} y={y + row / 2 + 4} className="consult-chart-value">
              {b.valueLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
