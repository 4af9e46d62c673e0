/** Small helpers for building parameterised SQL: never string-interpolate values. */
export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }

  get sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** An FTS5 query matching the text as one phrase (quotes doubled), for the trigram tokenizer. */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The end of a `YYYY-MM-DD` day in API time, for inclusive date-range filters on UTC timestamps. */
export function dayStart(date: string): string {
  return `${date}T00:00:00Z`;
}
export function dayEnd(date: string): string {
  return `${date}T23:59:59Z`;
}
