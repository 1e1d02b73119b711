// Reduces an HTML document (from DOMParser, which runs no script and loads
// nothing) to the article's text: one line per paragraph, heading or list
// item; scripts, styles, forms and page furniture dropped. Works on any
// DOM-like tree (nodeType, nodeName, childNodes, nodeValue), so it is tested
// in Node with a tiny fake (tests/js/htmltext.test.js).
(function (root) {
  'use strict';
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
    'FORM', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'NAV', 'ASIDE', 'FOOTER', 'HEAD', 'AUDIO', 'VIDEO', 'PICTURE', 'IMG', 'DIALOG']);
  const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
    'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'DL', 'DT', 'DD', 'ADDRESS', 'HR', 'BODY', 'HTML', 'CAPTION']);

  /** The node to read: the page's only <article>, else <main>, else <body>. */
  function pickRoot(doc) {
    const arts = doc.getElementsByTagName ? doc.getElementsByTagName('article') : [];
    if (arts.length === 1) return arts[0];
    const main = doc.getElementsByTagName ? doc.getElementsByTagName('main') : [];
    if (main.length === 1) return main[0];
    return doc.body || doc;
  }

  /** Text of `node`: block elements become separate lines, runs of white
   *  space inside a line collapse to one space (except in <pre>). */
  function htmlText(node) {
    const lines = [];
    let cur = '';
    const flush = () => {
      const line = cur.replace(/[ \t\f\r\n]+/g, ' ').trim();
      if (line) lines.push(line);
      cur = '';
    };
    const walk = (n, pre) => {
      if (n.nodeType === 3) { cur += pre ? n.nodeValue.replace(/\n/g, '\u2028') : n.nodeValue; return; }
      if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
      const name = String(n.nodeName || '').toUpperCase();
      if (SKIP.has(name)) return;
      if (n.getAttribute && (n.getAttribute('hidden') !== null || n.getAttribute('aria-hidden') === 'true')) return;
      if (name === 'BR') { flush(); return; }
      const block = BLOCK.has(name);
      if (block) flush();
      for (const c of Array.from(n.childNodes || [])) walk(c, pre || name === 'PRE');
      if (block) flush();
    };
    walk(node, false);
    flush();
    // Lines from <pre> were kept together with U+2028; split them back.
    return lines.join('\n').replace(/ ?\u2028 ?/g, '\n');
  }

  /** Takes scripts, style sheets, event handlers and style attributes out of
   *  raw HTML before it is parsed. Not a safety measure (DOMParser runs
   *  nothing and the page's Content-Security-Policy blocks inline code
   *  anyway) but it keeps the console free of those CSP reports, which a
   *  saved web page would otherwise trigger by the dozen. */
  function defuse(raw) {
    return raw
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/(\s)(on[a-z]+|style)(?=\s*=|\s|\/?>)/gi, '$1data-defused-$2'));
  }

  /** Looks like an HTML document rather than plain text. */
  function looksLikeHtml(name, type, text) {
    return /\.x?html?$/i.test(name || '') || /html/.test(type || '') || /^\s*(<!doctype html|<html[\s>])/i.test(text || '');
  }

  const api = { pickRoot, htmlText, defuse, looksLikeHtml };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  else root.AnnotatorHtmlText = api;
})(this);
