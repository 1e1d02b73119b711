// Browser benchmark: the page in headless Chromium (Debian's), served on
// 127.0.0.1. Prints start-up time to first annotation (of the empty text
// area), the time of a first real article after it, wasm throughput on a
// large mixed input (its first pass, cold, and then steady) and on one
// ~30 KB article.
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
  // What the harness itself costs, measured the same way on a blank page of
  // the same server (its listing of bench/): the second of two, the first
  // starting the browser's renderer.
  let blank = 0;
  for (let i = 0; i < 2; i++) {
    const t = Date.now();
    await page.goto(server.base + 'bench/');
    await page.waitForSelector('body');
    blank = Date.now() - t;
  }
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
    const mixed = () => { for (const a of articles) wasm_bindgen.annotate(a, { lang: 'auto', date: '' }); };
    // The page has built both languages' tables in idle time by now.
    let t = performance.now();
    wasm_bindgen.annotate(articles[0], { lang: 'auto', date: '' });
    const first = performance.now() - t;
    // Cold: the first pass over the input, while the engine still runs the
    // module's baseline code and compiles the optimised code of the hot
    // functions in the background (V8's tier-up).
    t = performance.now();
    for (let i = 0; i < copies; i++) mixed();
    const cold = (one * copies) / 1e6 / ((performance.now() - t) / 1000);
    // Steady: best of 5 batches (as examples/bench.rs measures native), so
    // that another process on the machine slows a batch, not the figure.
    const best = (n, run) => {
      let ms = Infinity;
      for (let b = 0; b < 5; b++) {
        const t0 = performance.now();
        for (let i = 0; i < n; i++) run();
        ms = Math.min(ms, performance.now() - t0);
      }
      return ms / n;
    };
    const steady = one / 1e3 / best(Math.max(1, Math.round(copies / 5)), mixed);
    let long = '';
    while (long.length < 30000) long += articles.join('\n') + '\n';
    const rounds = Math.max(1, Math.round((mb * 1e6) / bytes(long) / 5));
    const perArticle = best(rounds, () => wasm_bindgen.annotate(long, { lang: 'auto', date: '' }));
    return { first, firstKB: bytes(articles[0]) / 1000, cold, steady, perArticle, longKB: bytes(long) / 1000, longMBs: bytes(long) / 1e6 / (perArticle / 1000) };
  }, { articles, mb });
  const rows = [
    ['page start-up to first annotation (http)', `${startup} ms`],
    ['  a blank page, measured the same way', `${blank} ms`],
    ['  the same in the page, from navigation start', `${inPage} ms`],
    ['then both tables built in idle time', `${warm} ms`],
    [`then a first ${result.firstKB.toFixed(0)} KB article`, `${result.first.toFixed(1)} ms`],
    [`wasm, ${mb} MB mixed fr/en, first pass (cold)`, `${result.cold.toFixed(1)} MB/s`],
    [`wasm, ${mb} MB mixed fr/en, then (steady)`, `${result.steady.toFixed(1)} MB/s`],
    [`wasm, one ${result.longKB.toFixed(0)} KB article`, `${result.perArticle.toFixed(2)} ms (${result.longMBs.toFixed(1)} MB/s)`],
  ];
  for (const [k, v] of rows) console.log(`${k.padEnd(44)} ${v}`);
} finally {
  await close();
  server.stop();
}
