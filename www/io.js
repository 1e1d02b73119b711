// Files in (open, drop), exports out (downloads, clipboard) and the opt-in
// memory of the text. Nothing here talks to a network: files are read with
// File.text(), HTML is parsed with DOMParser (no script runs, nothing loads),
// downloads are Blob URLs.
(function (root) {
  'use strict';
  const X = root.AnnotatorExport;
  const H = root.AnnotatorHtmlText;
  const $ = (id) => document.getElementById(id);
  const KEY = 'annotator.text';
  const MAX_FILE = 20 * 1024 * 1024;

  /** Text of a dropped or opened file: HTML reduced to its article's text. */
  async function readFile(file) {
    if (file.size > MAX_FILE) throw new Error(`${file.name} is larger than 20 MB`);
    const raw = await file.text();
    if (!H.looksLikeHtml(file.name, file.type, raw.slice(0, 512))) return raw.replace(/\r\n?/g, '\n');
    const doc = new DOMParser().parseFromString(H.defuse(raw), 'text/html');
    return H.htmlText(H.pickRoot(doc));
  }

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Older browsers, or no permission: the classic way.
      const ta = document.createElement('textarea');
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.className = 'sr-only';
      document.body.appendChild(ta);
      ta.select();
      const ok = document.execCommand('copy');
      ta.remove();
      return ok;
    }
  }

  const store = {
    load() { try { return localStorage.getItem(KEY); } catch { return null; } },
    save(text) { try { localStorage.setItem(KEY, text); return true; } catch { return false; } },
    forget() { try { localStorage.removeItem(KEY); } catch { /* nothing kept */ } },
  };

  /** Wires the file, export and memory controls to `page` (see app.js). */
  function wire(page) {
    const open = async (file) => {
      if (!file) return;
      try {
        page.setText(await readFile(file), `Read ${file.name}.`);
      } catch (e) {
        page.say('Could not read the file: ' + (e && e.message ? e.message : e));
      }
    };
    $('open').addEventListener('click', () => $('file').click());
    $('file').addEventListener('change', () => { open($('file').files[0]); $('file').value = ''; });

    // Dropping a file anywhere on the page reads it (and never navigates away).
    const drop = $('drop');
    const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
    document.addEventListener('dragover', (e) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; drop.classList.add('dragging'); } });
    document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) drop.classList.remove('dragging'); });
    document.addEventListener('drop', (e) => {
      drop.classList.remove('dragging');
      if (!hasFiles(e)) return;
      e.preventDefault();
      open(e.dataTransfer.files[0]);
    });

    const base = () => {
      const first = (page.text().split('\n').find((l) => l.trim()) || 'article').trim();
      return first.slice(0, 60).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'article';
    };
    const need = () => {
      const cur = page.current();
      if (!cur || !cur.text.trim()) { page.say('Nothing to export: paste an article first.'); return null; }
      return cur;
    };
    const csv = (fn, suffix) => () => {
      const cur = need();
      if (cur) download(`${base()}.${suffix}.csv`, 'text/csv;charset=utf-8', '\ufeff' + fn(cur.text, cur.annotations));
    };
    $('export-entities').addEventListener('click', csv(X.entitiesCsv, 'names'));
    $('export-timexes').addEventListener('click', csv(X.timexesCsv, 'dates'));
    $('export-quotes').addEventListener('click', csv(X.quotesCsv, 'quotes'));
    $('export-json').addEventListener('click', () => {
      const cur = need();
      if (cur) download(`${base()}.annotations.json`, 'application/json', page.interchangeJson());
    });
    $('copy-json').addEventListener('click', async () => {
      const cur = need();
      if (cur) page.say((await copy(page.interchangeJson())) ? 'The JSON is in the clipboard.' : 'Could not copy: use the JSON button instead.');
    });
    $('export-html').addEventListener('click', () => {
      const cur = need();
      if (!cur) return;
      const title = (cur.text.split('\n').find((l) => l.trim()) || 'Annotated article').trim().slice(0, 120);
      download(`${base()}.highlighted.html`, 'text/html;charset=utf-8', X.htmlExport(cur.text, cur.annotations, { title, version: page.version() }));
    });

    // The text is kept only if the reader asks; unticking forgets it.
    const remember = $('remember');
    const kept = store.load();
    if (kept !== null) {
      remember.checked = true;
      if (!page.text()) page.setText(kept, 'Your remembered text is back.');
    }
    remember.addEventListener('change', () => {
      if (remember.checked) page.say(store.save(page.text()) ? 'Your text will be kept on this device.' : 'This browser would not keep the text (storage full or disabled).');
      else { store.forget(); page.say('Your text is forgotten on this device.'); }
    });
    return { saveIfWanted: (text) => { if (remember.checked) store.save(text); } };
  }

  root.AnnotatorIO = { wire, readFile };
})(this);
