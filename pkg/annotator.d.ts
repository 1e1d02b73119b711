declare namespace wasm_bindgen {
    /* tslint:disable */
    /* eslint-disable */

    /**
     * Annotates `text` (options: `{ lang: "auto"|"fr"|"en", date: "YYYY-MM-DD"|"" }`):
     * plain objects, every offset in UTF-16 code units. From src/wasm.js.
     */
    export function annotate(text: string, options?: any): any;
    /**
     * The interchange format of `text` (JSON text, code point offsets), for
     * export; options as for `annotate`. From src/wasm.js.
     */
    export function interchange_json(text: string, options?: any): string;

    /**
     * Annotates `text`, packed for `wasm_bindgen.annotate` (src/wasm.js, which
     * build-page.sh appends to pkg/annotator.js) to unpack into the annotation
     * objects, every offset in UTF-16 code units.
     *
     * Building the objects through the wasm boundary, one call per object and
     * property, cost more than annotating; JSON text and `JSON.parse` still a
     * fifth of the time, most of it for keys, numbers and texts that the
     * offsets give. So this is one flat JSON array: a table of the distinct
     * strings, then numbers in a fixed order; a text that is exactly the span
     * it annotates is not sent but sliced from the input in JavaScript.
     */
    export function annotate_packed(text: string, lang: string, date: string): string;

    /**
     * The interchange format (JSON text, code point offsets) for export; the
     * page calls it as `wasm_bindgen.interchange_json(text, options)`
     * (src/wasm.js).
     */
    export function interchange_json_of(text: string, lang: string, date: string): string;

    export function start(): void;

    /**
     * The crate version, for the page footer.
     */
    export function version(): string;

}
declare type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

declare interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly annotate_packed: (a: number, b: number, c: number, d: number, e: number, f: number) => [number, number, number, number];
    readonly interchange_json_of: (a: number, b: number, c: number, d: number, e: number, f: number) => [number, number, number, number];
    readonly start: () => void;
    readonly version: () => [number, number];
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

declare type SyncInitInput = BufferSource | WebAssembly.Module;

declare namespace wasm_bindgen {
    /**
     * Instantiates the given `module`, which can either be bytes or
     * a precompiled `WebAssembly.Module`.
     *
     * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
     *
     * @returns {InitOutput}
     */
    export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;
}

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
declare function wasm_bindgen (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
