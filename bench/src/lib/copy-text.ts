/**
 * One row in PostgreSQL's COPY text format: columns separated by tabs, NULL
 * as \N, and the characters that would break the format (backslash, tab,
 * newline, carriage return) escaped with a backslash. Values come as the
 * text PostgreSQL itself prints for them (`column::text`), so no type needs
 * its own encoding.
 */
export function copyTextLine(values: ReadonlyArray<string | null>): string {
  return `${values.map((value) => (value === null ? '\\N' : escapeCopyText(value))).join('\t')}\n`;
}

function escapeCopyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}
