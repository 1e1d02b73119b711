// Starts fetching and compiling the wasm core while the page's other scripts
// load, over http(s) only (from disk, app.js decodes the base64 copy instead).
// app.js instantiates the module from here, or fetches it itself if this
// failed (for instance a server that does not send application/wasm).
(function () {
  'use strict';
  if (location.protocol === 'file:' || typeof WebAssembly !== 'object' || typeof WebAssembly.compileStreaming !== 'function') return;
  const module = WebAssembly.compileStreaming(fetch('pkg/annotator_bg.wasm'));
  module.catch(() => {}); // handled in app.js
  self.ANNOTATOR_WASM_MODULE = module;
})();
