// Colour contrast of the page's palette, light and dark (WCAG 2: 4.5:1 for
// text, 3:1 for focus rings and control borders), read from www/style.css.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const css = readFileSync(join(__dirname, '../../www/style.css'), 'utf8');
function vars(block) {
  const out = {};
  for (const m of block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)) out[m[1]] = m[2];
  return out;
}
const light = vars(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))));
const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...vars(css.slice(darkAt, css.indexOf('}', css.indexOf(':root {', darkAt)))) };

function luminance(hex) {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function ratio(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const [name, v] of [['light', light], ['dark', dark]]) {
  test(`contrast of the ${name} theme`, () => {
    const text = [['fg', 'bg'], ['fg', 'panel'], ['muted', 'bg'], ['muted', 'panel'], ['bg', 'fg'], ['quote-b', 'bg'], ['quote-b', 'quote'], ['time-b', 'panel'], ['quote-b', 'panel']];
    for (const t of ['per', 'org', 'loc', 'misc', 'time', 'quote']) text.push(['fg', t], ['muted', t]);
    for (const t of ['per', 'org', 'loc', 'misc', 'time']) text.push([t + '-b', t], [t + '-b', 'panel']);
    const bad = [];
    for (const [f, b] of text) if (ratio(v[f], v[b]) < 4.5) bad.push(`${f} on ${b}: ${ratio(v[f], v[b]).toFixed(2)}`);
    for (const [f, b] of [['focus', 'bg'], ['focus', 'panel'], ['line', 'bg'], ['sel', 'bg']]) if (ratio(v[f], v[b]) < 3) bad.push(`${f} on ${b}: ${ratio(v[f], v[b]).toFixed(2)}`);
    assert.deepEqual(bad, []);
  });
}
