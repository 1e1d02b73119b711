// Browser benchmark: the page in headless Chromium (Debian's), served on
// 127.0.0.1. Prints start-up time to first annotation (of the empty text
// area), the time of a first real article after it, wasm throughput on a
// large mixed input and on one ~30 KB article.
//   node bench/browser.mjs [MB]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, open, ROOT } from '../tests/browser/harness.mjs';

const mb = Number(process.argv[2] || 10);
const dir = join(ROOT, 'tests/fixtures/articles');
const articles = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));

const server = await startServer();
const { page, close } = await launch();
try {
  const t0 = Date.now();
  await page.goto(server.base + 'index.html');
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  const startup = Date.now() - t0;
  const inPage = Number(await page.getAttribute('body', 'data-ready-ms'));
  await page.waitForSelector('body[data-warm="true"]', { timeout: 30000 });
  const warm = Number(await page.getAttribute('body', 'data-warm-ms'));
  const result = await page.evaluate(({ articles, mb }) => {
    const bytes = (s) => new TextEncoder().encode(s).length;
    const one = articles.reduce((n, a) => n + bytes(a), 0);
    const copies = Math.max(1, Math.round((mb * 1e6) / one));
    // The page has built both languages' tables in idle time by now.
    let t = performance.now();
    wasm_bindgen.annotate(articles[0], { lang: 'auto', date: '' });
    const first = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < copies; i++) for (const a of articles) wasm_bindgen.annotate(a, { lang: 'auto', date: '' });
    const mixed = (one * copies) / 1e6 / ((performance.now() - t) / 1000);
    let long = '';
    while (long.length < 30000) long += articles.join('\n') + '\n';
    const rounds = Math.max(1, Math.round((mb * 1e6) / bytes(long)));
    t = performance.now();
    for (let i = 0; i < rounds; i++) wasm_bindgen.annotate(long, { lang: 'auto', date: '' });
    const perArticle = (performance.now() - t) / rounds;
    return { first, firstKB: bytes(articles[0]) / 1000, mixed, perArticle, longKB: bytes(long) / 1000, longMBs: bytes(long) / 1e6 / (perArticle / 1000) };
  }, { articles, mb });
  const rows = [
    ['page start-up to first annotation (http)', `${startup} ms`],
    ['  the same in the page, from navigation start', `${inPage} ms`],
    ['then both tables built in idle time', `${warm} ms`],
    [`then a first ${result.firstKB.toFixed(0)} KB article`, `${result.first.toFixed(1)} ms`],
    [`wasm, ${mb} MB mixed fr/en`, `${result.mixed.toFixed(1)} MB/s`],
    [`wasm, one ${result.longKB.toFixed(0)} KB article`, `${result.perArticle.toFixed(2)} ms (${result.longMBs.toFixed(1)} MB/s)`],
  ];
  for (const [k, v] of rows) console.log(`${k.padEnd(44)} ${v}`);
} finally {
  await close();
  server.stop();
}
