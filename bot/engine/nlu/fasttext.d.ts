/** The part of fasttext.wasm.js's WebAssembly build of fastText that Buurtbot uses. */
declare module 'fasttext.wasm.js/dist/core/fastText.node.js' {
  /** A C++ vector handed to JavaScript: read it, then `delete()` it (it lives in wasm memory). */
  export interface WasmVector<T> {
    size(): number;
    get(index: number): T;
    delete(): void;
  }
  export interface FastTextNative {
    train(args: FastTextArgs, progress: () => void): void;
    /** Up to `k` labels with their probability, from a line of text ending in a newline. */
    predict(text: string, k: number, threshold: number): WasmVector<[number, string]>;
    saveModel(path: string): void;
    loadModel(path: string): void;
  }
  export type FastTextArgs = Record<string, unknown>;
  export interface FastTextModule {
    FS: {
      writeFile(path: string, data: Uint8Array): void;
      readFile(path: string): Uint8Array;
      unlink(path: string): void;
    };
    FastText: new () => FastTextNative;
    Args: new () => FastTextArgs;
    ModelName: Record<'supervised', unknown>;
    LossName: Record<'softmax', unknown>;
  }
  export default function createFastTextModule(): Promise<FastTextModule>;
}
