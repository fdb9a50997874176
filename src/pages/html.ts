// HTML written as tagged templates: every interpolated value is escaped unless it is already Html
// (made by `markup` itself), so knowledge text can never inject markup. Arrays are concatenated;
// undefined, null and false render as nothing. (The tag is not called `html`: prettier would
// reformat such templates as HTML documents and change the pages' bytes.)
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Fragment = Html | string | number | undefined | null | false | readonly Fragment[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function append(out: string[], value: Fragment): void {
  if (value === undefined || value === null || value === false) return;
  if (value instanceof Html) out.push(value.value);
  else if (Array.isArray(value)) for (const v of value as readonly Fragment[]) append(out, v);
  else out.push(escapeHtml(String(value)));
}

export function markup(strings: TemplateStringsArray, ...values: readonly Fragment[]): Html {
  const out: string[] = [strings[0]!];
  for (let i = 0; i < values.length; i++) {
    append(out, values[i]);
    out.push(strings[i + 1]!);
  }
  return new Html(out.join(''));
}

/** A URL path with a query, each value encoded: href('/search', { q }) → /search?q=%E2%80%A6 */
export function href(path: string, query: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams(query).toString();
  return params ? `${path}?${params}` : path;
}
