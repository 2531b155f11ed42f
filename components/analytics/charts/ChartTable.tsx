// A chart's numbers as a table for screen readers (and tests): the canvas alone says nothing to them.
import type { ComponentChildren } from 'preact';

export interface ChartTableProps {
  caption: string;
  columns: string[];
  /** One row per time step: its title, then one cell per column. */
  rows: { key: string; title: string; cells: (string | number)[] }[];
  testId?: string;
}

export function ChartTable({ caption, columns, rows, testId }: ChartTableProps): ComponentChildren {
  // A table ignores width:1px, so the hiding is done by a wrapper.
  return (
    <div class="visually-hidden">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead><tr>{columns.map((column) => <th key={column} scope="col">{column}</th>)}</tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-bucket={row.key}>
              <th scope="row">{row.title}</th>
              {row.cells.map((cell, index) => <td key={index}>{cell}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
