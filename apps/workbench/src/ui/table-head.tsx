/** A column's heading: its label, right-aligned over figures when made with `figures`. */
export type Column = string | { label: string; figures: true };

/** A heading over a column of figures (amounts, counts): right-aligned, as its cells are. */
export const figures = (label: string): Column => ({ label, figures: true });

/** A table's column headings, each a `th scope="col"`, which screen readers announce with each cell. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          typeof column === 'string' ? (
            <th key={column} scope="col">
              {column}
            </th>
          ) : (
            <th key={column.label} scope="col" className="num">
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
