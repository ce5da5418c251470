/**
 * Lua source as text for the 5.1 passes (syntax check, escapes, numerals) and back to bytes, byte for byte as
 * gopher-lua reads a file: UTF-8 text round-trips as UTF-8; any other bytes (a plugin saved in GBK, a test file in
 * Latin-1) are read one character per byte and written back the same, so its strings keep their exact bytes.
 */
import { TextDecoder } from 'node:util';

const STRICT = new TextDecoder('utf-8', { fatal: true });

export interface SourceText {
  text: string;
  /** The bytes of (a rewrite of) `text`, in the file's own encoding. */
  bytes(text: string): Uint8Array;
}

const utf8 = (t: string): Uint8Array => Buffer.from(t, 'utf8');
const latin1 = (t: string): Uint8Array => Buffer.from(t, 'latin1');

export function sourceFromBytes(b: Uint8Array): SourceText {
  try {
    return { text: STRICT.decode(b), bytes: utf8 };
  } catch {
    return {
      text: Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1'),
      bytes: latin1,
    };
  }
}
