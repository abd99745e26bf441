import type { Grid } from '../analysis/analysis.ts';

/**
 * Flows of detected victims from origin regions (left) to detection regions (right), drawn on the
 * server as SVG: each band's width is proportional to its published count. Hidden cells ("<5", "x")
 * are not drawn; the table beside the diagram shows them as such.
 */
export function FlowDiagram(props: { title: string; flows: Grid; originLabel: (key: string) => string; detectionLabel: (key: string) => string; note: string }) {
  const width = 640;
  const rowHeight = 46;
  const left = 150;
  const right = width - 150;
  const origins = props.flows.rows;
  const destinations = props.flows.columns;
  const height = Math.max(origins.length, destinations.length) * rowHeight + 20;
  const published = (i: number, j: number) => (props.flows.cells[i][j].status === 'published' ? props.flows.cells[i][j].value.lo : 0);
  const max = Math.max(1, ...origins.flatMap((_, i) => destinations.map((__, j) => published(i, j))));
  const y = (index: number) => 20 + index * rowHeight + rowHeight / 2;
  return (
    <figure class="chart flow-diagram">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title}>
        {origins.map((_, i) => destinations.map((__, j) => {
          const value = published(i, j);
          if (!value) return null;
          const stroke = Math.max(1, (value / max) * (rowHeight - 8));
          const from = y(i);
          const to = y(j);
          return (
            <path class={`flow flow-${j}`} d={`M${left},${from} C${(left + right) / 2},${from} ${(left + right) / 2},${to} ${right},${to}`} stroke-width={stroke.toFixed(1)}>
              <title>{`${props.originLabel(origins[i])} → ${props.detectionLabel(destinations[j])}: ${value}`}</title>
            </path>
          );
        }))}
        {origins.map((key, i) => <text x={left - 6} y={y(i) + 4} text-anchor="end">{props.originLabel(key)}</text>)}
        {destinations.map((key, j) => <text x={right + 6} y={y(j) + 4}>{props.detectionLabel(key)}</text>)}
      </svg>
      <p class="meta">{props.note}</p>
    </figure>
  );
}
