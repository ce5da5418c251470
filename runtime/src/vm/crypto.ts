/**
 * require("crypto"): what neomega gives plugins (gluacrypto): base64 (standard and URL), md5 / sha1 / sha256 /
 * sha512 / crc32 / hmac as hex (raw bytes when the last argument is true), and encrypt / decrypt with des-ecb,
 * des-cbc and aes-cbc (PKCS#5 padding; hex unless options has RAW_DATA), with Go's error texts. DES runs on
 * crypto-js because Node's OpenSSL 3 no longer offers it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as crypto from 'node:crypto';
import type { HostFn, PluginVM } from './plugin';

const RAW_DATA = 1;

function crc32(data: Uint8Array): Buffer {
  let c = ~0 >>> 0;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  const out = Buffer.alloc(4);
  out.writeUInt32BE(~c >>> 0);
  return out;
}

class GoError extends Error {}

function desCipher(
  data: Buffer,
  mode: 'ecb' | 'cbc',
  key: Buffer,
  iv: Buffer,
  decrypt: boolean,
): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const C = require('crypto-js') as typeof import('crypto-js');
  if (key.length !== 8) throw new GoError(`crypto/des: invalid key size ${key.length}`);
  if (mode === 'cbc' && iv.length !== 8)
    throw new GoError('cipher.NewCBCEncrypter: IV length must equal block size');
  const words = (b: Buffer): import('crypto-js').lib.WordArray =>
    C.enc.Hex.parse(b.toString('hex'));
  const cfg = {
    mode: mode === 'ecb' ? C.mode.ECB : C.mode.CBC,
    padding: decrypt ? C.pad.NoPadding : C.pad.Pkcs7,
    ...(mode === 'cbc' ? { iv: words(iv) } : {}),
  };
  if (decrypt) {
    if (data.length % 8 !== 0)
      throw new GoError(
        mode === 'ecb'
          ? 'crypto/cipher: input not full blocks'
          : 'ciphertext is not a multiple of the block size',
      );
    const params = C.lib.CipherParams.create({ ciphertext: words(data) });
    return Buffer.from(C.DES.decrypt(params, words(key), cfg).toString(C.enc.Hex), 'hex');
  }
  return Buffer.from(
    C.DES.encrypt(words(data), words(key), cfg).ciphertext.toString(C.enc.Hex),
    'hex',
  );
}

function aesCbc(data: Buffer, key: Buffer, iv: Buffer, decrypt: boolean): Buffer {
  if (![16, 24, 32].includes(key.length))
    throw new GoError(`crypto/aes: invalid key size ${key.length}`);
  if (iv.length !== 16)
    throw new GoError('cipher.NewCBCEncrypter: IV length must equal block size');
  if (decrypt && data.length % 16 !== 0)
    throw new GoError('ciphertext is not a multiple of the block size');
  const algo = `aes-${key.length * 8}-cbc`;
  const c = decrypt ? crypto.createDecipheriv(algo, key, iv) : crypto.createCipheriv(algo, key, iv);
  c.setAutoPadding(!decrypt);
  return Buffer.concat([c.update(data), c.final()]);
}

function unpad(b: Buffer): Buffer {
  if (b.length === 0) return b;
  return b.subarray(0, Math.max(0, b.length - b[b.length - 1]!));
}

export function cryptoFunctions(vm: PluginVM): Record<string, HostFn> {
  const { lua } = vm.F;
  const bytes = (L: any, i: number): Buffer =>
    lua.lua_isnoneornil(L, i) ? Buffer.alloc(0) : Buffer.from(vm.tostringBytes(L, i));
  const pushBytes = (L: any, b: Buffer): number => {
    lua.lua_pushstring(L, new Uint8Array(b));
    return 1;
  };
  const fail = (L: any, text: string): number => {
    lua.lua_pushnil(L);
    lua.lua_pushstring(L, vm.str(text));
    return 2;
  };
  const digest =
    (algo: string): HostFn =>
    (L) => {
      const d = crypto.createHash(algo).update(bytes(L, 1)).digest();
      return lua.lua_toboolean(L, 2)
        ? pushBytes(L, d)
        : pushBytes(L, Buffer.from(d.toString('hex')));
    };
  const b64decode =
    (url: boolean): HostFn =>
    (L) => {
      const s = vm.tostring(L, 1);
      const re = url ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
      if (!re.test(s) || s.length % 4 !== 0) {
        const alphabet = url ? /[A-Za-z0-9_=-]/ : /[A-Za-z0-9+/=]/;
        const bad = [...s].findIndex((ch) => !alphabet.test(ch));
        const at = bad >= 0 ? bad : s.length - (s.length % 4);
        return fail(L, `illegal base64 data at input byte ${at}`);
      }
      return pushBytes(L, Buffer.from(s, url ? 'base64url' : 'base64'));
    };
  const cipher =
    (decrypt: boolean): HostFn =>
    (L) => {
      let data = bytes(L, 1);
      const method = vm.tostring(L, 2);
      const key = bytes(L, 3);
      const options = Math.trunc(vm.optNumber(L, 4) ?? 0);
      const iv = bytes(L, 5);
      try {
        if (decrypt && (options & RAW_DATA) === 0) {
          const hex = data.toString('latin1');
          if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex))
            return fail(
              L,
              `encoding/hex: invalid byte: U+${(hex.match(/[^0-9a-fA-F]/)?.[0] ?? '0').codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
            );
          data = Buffer.from(hex, 'hex');
        }
        let out: Buffer;
        if (method === 'des-ecb' || method === 'des-cbc')
          out = desCipher(data, method === 'des-ecb' ? 'ecb' : 'cbc', key, iv, decrypt);
        else if (method === 'aes-cbc') out = aesCbc(data, key, iv, decrypt);
        else return fail(L, 'unsupported encrypt method');
        if (decrypt) return pushBytes(L, unpad(out));
        return pushBytes(L, (options & RAW_DATA) === 0 ? Buffer.from(out.toString('hex')) : out);
      } catch (e) {
        if (e instanceof GoError) {
          if (e.message.startsWith('cipher.NewCBC')) return vm.raise(L, e.message);
          return fail(L, e.message);
        }
        throw e;
      }
    };
  const fns: Record<string, HostFn> = {
    base64_encode: (L) => pushBytes(L, Buffer.from(bytes(L, 1).toString('base64'))),
    base64_decode: b64decode(false),
    base64_url_encode: (L) =>
      pushBytes(
        L,
        Buffer.from(bytes(L, 1).toString('base64').replace(/\+/g, '-').replace(/\//g, '_')),
      ),
    base64_url_decode: b64decode(true),
    md5: digest('md5'),
    sha1: digest('sha1'),
    sha256: digest('sha256'),
    sha512: digest('sha512'),
    crc32: (L) => {
      const d = crc32(bytes(L, 1));
      return lua.lua_toboolean(L, 2)
        ? pushBytes(L, d)
        : pushBytes(L, Buffer.from(d.toString('hex')));
    },
    hmac: (L) => {
      const algo = vm.tostring(L, 1);
      if (!['md5', 'sha1', 'sha256', 'sha512'].includes(algo))
        return fail(L, 'unsupported algorithm');
      const d = crypto.createHmac(algo, bytes(L, 3)).update(bytes(L, 2)).digest();
      return lua.lua_toboolean(L, 4)
        ? pushBytes(L, d)
        : pushBytes(L, Buffer.from(d.toString('hex')));
    },
    encrypt: cipher(false),
    decrypt: cipher(true),
  };
  return fns;
}

/** The numeric fields of the crypto module. */
export const CRYPTO_CONSTANTS = { RAW_DATA, ZERO_PADDING: 2 };
