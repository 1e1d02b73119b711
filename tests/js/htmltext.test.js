// HTML-to-text reduction, on a tiny fake DOM (the page uses DOMParser's).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const H = require('../../www/htmltext.js');

const t = (s) => ({ nodeType: 3, nodeName: '#text', nodeValue: s });
function h(name, attrs, ...kids) {
  return { nodeType: 1, nodeName: name.toUpperCase(), childNodes: kids.map((k) => (typeof k === 'string' ? t(k) : k)),
    getAttribute: (a) => (attrs && a in attrs ? attrs[a] : null) };
}
function doc(body) {
  const all = [];
  const collect = (n) => { if (n.nodeType === 1) { all.push(n); n.childNodes.forEach(collect); } };
  collect(body);
  return { nodeType: 9, body, getElementsByTagName: (n) => all.filter((e) => e.nodeName === n.toUpperCase()) };
}

test('paragraphs become lines; scripts, styles and furniture are dropped', () => {
  const body = h('body', null,
    h('nav', null, 'Accueil | Sport'),
    h('script', null, 'window.pwned = true'),
    h('style', null, 'p { color: red }'),
    h('h1', null, 'Un pont  pour\n Brest'),
    h('p', null, 'Le chantier de ', h('b', null, 'Léa Roux'), ' avance.'),
    h('p', null, 'Première ligne', h('br'), 'deuxième ligne'),
    h('div', { hidden: '' }, 'caché'),
    h('ul', null, h('li', null, 'un'), h('li', null, 'deux')),
    h('footer', null, '© Journal'));
  assert.equal(H.htmlText(H.pickRoot(doc(body))), 'Un pont pour Brest\nLe chantier de Léa Roux avance.\nPremière ligne\ndeuxième ligne\nun\ndeux');
});

test('the article element is preferred to the whole page', () => {
  const body = h('body', null, h('p', null, 'Publicité'), h('article', null, h('p', null, 'Texte.')), h('p', null, 'Bas de page'));
  assert.equal(H.htmlText(H.pickRoot(doc(body))), 'Texte.');
});

test('pre keeps its lines', () => {
  assert.equal(H.htmlText(h('body', null, h('pre', null, 'a\nb'), h('p', null, 'c'))), 'a\nb\nc');
});

test('html files are recognised', () => {
  assert.ok(H.looksLikeHtml('page.html', '', ''));
  assert.ok(H.looksLikeHtml('x', 'text/html', ''));
  assert.ok(H.looksLikeHtml('x.txt', 'text/plain', '<!DOCTYPE html><p>'));
  assert.ok(!H.looksLikeHtml('note.txt', 'text/plain', 'Selon <Marie>'));
});

test('defuse takes out scripts, styles and handlers, not the text', () => {
  assert.equal(H.defuse('<p style="x" onclick=\'a()\'>Le style = onload</p><script>a()</script><STYLE>p{}</STYLE><img src=x onerror=b() />'),
    '<p data-defused-style="x" data-defused-onclick=\'a()\'>Le style = onload</p><img src=x data-defused-onerror=b() />');
});
