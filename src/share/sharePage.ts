// The share page, rendered here as plain HTML (no framework, no script): the 服务包 snapshot with its
// date and source, the enterprise's name when it has one, how long the link is valid, and a QR code of
// the page's own address. One A4-ready stylesheet, allowed by its hash in the Content-Security-Policy.
import { createHash } from 'node:crypto';
import { chineseDate } from '../kb/chineseDate.js';
import { toShanghaiDay } from '../kb/statusOn.js';
import { numberedHeadings } from '../eligibility/checkup.js';
import type { EligibilityTexts } from '../eligibility/texts.js';
import { fill, type ProfileTexts } from '../profiles/texts.js';
import type { ShareSnapshot } from './shareLink.js';

// CJK fonts: macOS (PingFang, Hiragino), Windows (Microsoft YaHei), Linux (Noto/Source Han, WenQuanYi
// Micro Hei as Debian's fonts-wqy-microhei installs it).
const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html {
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", sans-serif;
  font-size: 15px; line-height: 1.65; color: #1b1f24; background: #eef1f4;
}
body { margin: 0; padding: 24px 12px; }
.sheet { max-width: 210mm; margin: 0 auto; padding: 18mm 16mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
.brand { margin: 0; color: #8a5a00; font-weight: 600; letter-spacing: .1em; }
h1 { margin: .2rem 0 .6rem; font-size: 1.7rem; line-height: 1.3; }
.enterprise { margin: 0 0 .6rem; font-size: 1.15rem; font-weight: 600; }
dl.meta { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; color: #3d4651; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
h2 { margin: 1.5rem 0 .5rem; padding-bottom: .2rem; font-size: 1.15rem; border-bottom: 2px solid #d8dee4; }
.intro { margin: 0 0 .4rem; color: #3d4651; }
.none { margin: 0; color: #57606a; }
ol.entries { margin: 0; padding-left: 1.6rem; }
ol.entries > li { margin: 0 0 .7rem; }
.entry-title { margin: 0; font-weight: 600; }
.headline { font-weight: 600; color: #0b5a2a; }
ul.details, ul.lines, ul.notes { margin: .1rem 0 0; padding-left: 1.2rem; }
ul.details { color: #3d4651; }
ul.notes { color: #57606a; font-size: .9rem; }
footer { margin-top: 1.8rem; padding-top: .8rem; border-top: 1px solid #d8dee4; display: flex; gap: 1rem; align-items: center; }
figure.qr { margin: 0; width: 30mm; flex: none; text-align: center; font-size: .8rem; color: #57606a; }
figure.qr svg { display: block; width: 30mm; height: 30mm; }
footer p { margin: .1rem 0; font-size: .9rem; color: #3d4651; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  html { background: #fff; font-size: 10.5pt; }
  body { padding: 0; }
  .sheet { max-width: none; padding: 0; box-shadow: none; }
  .screen-only { display: none; }
  ol.entries > li, figure.qr, footer { break-inside: avoid; }
  h2 { break-after: avoid; }
}
@media (max-width: 640px) { body { padding: 0; } .sheet { padding: 18px 16px; box-shadow: none; } h1 { font-size: 1.4rem; } }
`;

const STYLE_HASH = createHash('sha256').update(CSS).digest('base64');

/** No script, no images from anywhere (the QR is inline SVG), the one stylesheet above. */
export const SHARE_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow, noarchive">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
  ].join('\n');
}

export interface SharePageOptions {
  texts: ProfileTexts;
  /** The 服务包's own headings and notes (knowledge/eligibility-texts.yaml, Chinese). */
  packageTexts: EligibilityTexts;
  botName: string;
  /** The inline SVG QR code of the page's address, when the address is known. */
  qrSvg?: string;
}

export function renderSharePage(snapshot: ShareSnapshot, options: SharePageOptions): string {
  const { texts, botName, packageTexts } = options;
  const doc = snapshot.document;
  const headings = numberedHeadings(doc, 'zh');
  const parts: string[] = ['<main class="sheet">', '<header>'];
  parts.push(`<p class="brand">${escapeHtml(botName)}</p>`, `<h1>${escapeHtml(doc.title)}</h1>`);
  if (snapshot.enterpriseName)
    parts.push(
      `<p class="enterprise">${escapeHtml(texts.share.pageEnterprise)}:${escapeHtml(snapshot.enterpriseName)}</p>`,
    );
  parts.push('<dl class="meta">');
  for (const m of doc.meta) parts.push(`<dt>${escapeHtml(m.label)}</dt><dd>${escapeHtml(m.value)}</dd>`);
  parts.push('</dl>', '</header>');

  doc.sections.forEach((section, i) => {
    parts.push('<section>', `<h2>${escapeHtml(headings[i] ?? section.heading)}</h2>`);
    if (section.lines) {
      parts.push('<ul class="lines">', ...section.lines.map((l) => `<li>${escapeHtml(l)}</li>`), '</ul>');
    } else if (section.entries.length === 0) {
      parts.push(`<p class="none">${escapeHtml(packageTexts.pkg.none)}</p>`);
    } else {
      if (section.intro) parts.push(`<p class="intro">${escapeHtml(section.intro)}</p>`);
      parts.push('<ol class="entries">');
      for (const entry of section.entries) {
        const headline = entry.headline ? `<span class="headline">:${escapeHtml(entry.headline)}</span>` : '';
        parts.push(`<li><p class="entry-title">${escapeHtml(entry.title)}${headline}</p>`);
        if (entry.details.length > 0)
          parts.push(
            '<ul class="details">',
            ...entry.details.map((d) => `<li>${escapeHtml(d)}</li>`),
            '</ul>',
          );
        parts.push('</li>');
      }
      parts.push('</ol>');
    }
    parts.push('</section>');
  });
  if (doc.notes.length > 0) {
    parts.push('<section>', `<h2>${escapeHtml(packageTexts.pkg.notes)}</h2>`, '<ul class="notes">');
    parts.push(...doc.notes.map((n) => `<li>${escapeHtml(n)}</li>`), '</ul>', '</section>');
  }

  const until = chineseDate(toShanghaiDay(new Date(snapshot.expiresAt)));
  parts.push('<footer>');
  if (options.qrSvg)
    parts.push(
      `<figure class="qr">${options.qrSvg}<figcaption>${escapeHtml(texts.share.pageQrCaption)}</figcaption></figure>`,
    );
  parts.push(
    '<div>',
    `<p>${escapeHtml(fill(texts.share.pageValidUntil, { until }))}</p>`,
    `<p>${escapeHtml(texts.share.pageFooter)}</p>`,
    `<p class="screen-only">${escapeHtml(texts.share.pagePrintHint)}</p>`,
    '</div>',
    '</footer>',
    '</main>',
  );
  const title = snapshot.enterpriseName ? `${doc.title} · ${snapshot.enterpriseName}` : doc.title;
  return page(title, parts.join('\n'));
}

/** The page for a link that is unknown, expired or revoked (404) or cannot be read now (503). */
export function renderMessagePage(title: string, text: string, botName: string): string {
  return page(
    title,
    `<main class="sheet"><p class="brand">${escapeHtml(botName)}</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main>`,
  );
}
