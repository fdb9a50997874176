// Reading the pages over HTTP as a browser or a crawler would: GET with the headers that matter, and
// small readers for what a page declares (title, meta and Open Graph tags, links).
import { escapeHtml } from '../../../src/pages/html.js';

export interface PageResponse {
  status: number;
  headers: Headers;
  body: string;
}

export async function get(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<PageResponse> {
  const res = await fetch(url, { method, headers, redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** The text as it appears in the HTML source (escaped as the pages escape it). */
export function inHtml(text: string): string {
  return escapeHtml(text);
}

export function titleOf(body: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(body)?.[1];
}

/** content of <meta name=…> or <meta property=…>. */
export function metaOf(body: string, key: string): string | undefined {
  const re = new RegExp(`<meta (?:name|property)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`);
  return re.exec(body)?.[1];
}

export function hrefs(body: string): string[] {
  return [...body.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
