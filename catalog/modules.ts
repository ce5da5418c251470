/** The library modules plugins `require`: `json` (gopher-json) and `crypto` (gluacrypto). */
import { defineType, fieldsOf, functionsOf, type Prose } from './dsl';
import type { ApiFunction, ApiType } from './types';

const json = functionsOf('json', 'mod.json', 'json', '.');

export const JSON_FUNCTIONS: ApiFunction[] = [
  json('encode(value: any): string', 'any', {
    zh: '把 Lua 值编码为 JSON：键为 1..n 的表编码为数组，其他为对象；空表编码为 `[]`。',
    en: 'Encodes a Lua value as JSON: a table with keys 1..n becomes an array, others objects; `{}` encodes as `[]`.',
    params: { value: ['要编码的值。', 'The value to encode.'] },
    returns: [['JSON 文本。', 'JSON text.']],
    example: 'local text = json.encode({ name = "steve", level = 3 })',
  }),
  json('decode(text: string): any, string?', 'any', {
    zh: '解析 JSON 文本；无效时返回 `nil, 错误信息`。',
    en: 'Decodes JSON text; invalid text returns `nil, error_message`.',
    params: { text: ['JSON 文本。', 'JSON text.'] },
    returns: [
      ['解析出的值；失败时为 nil。', 'The decoded value; nil on failure.'],
      ['失败时的错误信息。', 'The error message on failure.'],
    ],
    example: 'local data, err = json.decode(text)\nif not data then print("bad json: " .. err) end',
  }),
  json('loose_encode(value: any): string', 'any', {
    zh: '像 `encode` 一样编码，但遇到 JSON 无法表示的值（函数、userdata）时不报错，而是写出它的描述。',
    en: 'Encodes like `encode` but never fails on values JSON cannot hold (functions, userdata): it writes a description.',
    params: { value: ['要编码的值。', 'The value to encode.'] },
    returns: [['JSON 文本。', 'JSON text.']],
    example: 'print(json.loose_encode({ f = print }))',
  }),
];

const crypto = functionsOf('crypto', 'mod.crypto', 'crypto', '.');
const INPUT: Prose = ['输入的字符串。', 'The input.'];
const RAW: Prose = [
  '为 true 时返回原始字节，否则返回十六进制字符串。',
  'true for raw bytes instead of hex.',
];

function digest(name: string, what: string): ApiFunction {
  return crypto(`${name}(input: string, raw?: boolean): string`, 'any', {
    zh: `计算 ${what}，默认返回十六进制字符串。`,
    en: `Computes ${what}, as hex by default.`,
    params: { input: INPUT, raw: RAW },
    returns: [['摘要。', 'The digest.']],
    example: `local h = crypto.${name}("hello")`,
  });
}

function base64(name: string, zh: string, en: string, decode: boolean): ApiFunction {
  return crypto(`${name}(input: string): string${decode ? ', string?' : ''}`, 'any', {
    zh,
    en,
    params: { input: INPUT },
    returns: decode
      ? [
          ['解码结果；失败时为 nil。', 'The result; nil on failure.'],
          ['失败时的错误信息。', 'The error on failure.'],
        ]
      : [['编码结果。', 'The result.']],
    example: `local s = crypto.${name}(${decode ? '"aGVsbG8="' : '"hello"'})`,
  });
}

const CIPHER: Record<string, Prose> = {
  input: INPUT,
  cipher: [
    '算法：`"des-ecb"`、`"des-cbc"` 或 `"aes-cbc"`。',
    '`"des-ecb"`, `"des-cbc"` or `"aes-cbc"`.',
  ],
  key: ['密钥（长度取决于算法）。', 'The key (its length depends on the cipher).'],
  options: [
    '0，或 `crypto.RAW_DATA`、`crypto.ZERO_PADDING`。',
    '0, or `crypto.RAW_DATA`, `crypto.ZERO_PADDING`.',
  ],
  iv: ['初始向量（CBC 模式需要）。', 'The initialisation vector (for CBC).'],
};

export const CRYPTO_FUNCTIONS: ApiFunction[] = [
  base64('base64_encode', 'Base64 编码。', 'Base64-encodes.', false),
  base64('base64_decode', 'Base64 解码。', 'Base64-decodes.', true),
  base64('base64_url_encode', 'URL 安全的 Base64 编码。', 'URL-safe Base64 encoding.', false),
  base64('base64_url_decode', 'URL 安全的 Base64 解码。', 'URL-safe Base64 decoding.', true),
  digest('md5', 'MD5'),
  digest('sha1', 'SHA-1'),
  digest('sha256', 'SHA-256'),
  digest('sha512', 'SHA-512'),
  digest('crc32', 'CRC32'),
  crypto('hmac(algorithm: string, input: string, key: string, raw?: boolean): string', 'any', {
    zh: '计算 HMAC，默认返回十六进制字符串。',
    en: 'Computes an HMAC, as hex by default.',
    params: {
      algorithm: [
        '`"md5"`、`"sha1"`、`"sha256"` 或 `"sha512"`。',
        '`"md5"`, `"sha1"`, `"sha256"` or `"sha512"`.',
      ],
      input: INPUT,
      key: ['密钥。', 'The key.'],
      raw: RAW,
    },
    returns: [['HMAC。', 'The HMAC.']],
    example: 'local mac = crypto.hmac("sha256", "hello", "secret")',
  }),
  crypto(
    'encrypt(input: string, cipher: string, key: string, options: integer, iv?: string): string, string?',
    'any',
    {
      zh: '加密。',
      en: 'Encrypts.',
      params: CIPHER,
      returns: [
        ['密文；失败时为 nil。', 'The ciphertext; nil on failure.'],
        ['失败时的错误信息。', 'The error on failure.'],
      ],
      example: 'local c = crypto.encrypt("hi", "des-ecb", "key12345", 0)',
    },
  ),
  crypto(
    'decrypt(input: string, cipher: string, key: string, options: integer, iv?: string): string, string?',
    'any',
    {
      zh: '解密。',
      en: 'Decrypts.',
      params: CIPHER,
      returns: [
        ['明文；失败时为 nil。', 'The plaintext; nil on failure.'],
        ['失败时的错误信息。', 'The error on failure.'],
      ],
      example: 'local m = crypto.decrypt(c, "des-ecb", "key12345", 0)',
    },
  ),
];

const cryptoField = fieldsOf('crypto', 'mod.crypto');
const CRYPTO_FIELDS = [
  cryptoField('RAW_DATA', 'integer', {
    zh: '加解密选项：输入输出为原始字节（不做 Base64）。',
    en: 'Cipher option: raw bytes in and out (no Base64).',
    example: 'local raw = crypto.RAW_DATA\nlocal c = crypto.encrypt(m, "des-ecb", k, raw)',
  }),
  cryptoField('ZERO_PADDING', 'integer', {
    zh: '加解密选项：用 0 填充。',
    en: 'Cipher option: zero padding.',
    example: 'local opts = crypto.ZERO_PADDING',
  }),
];

export const JSON_MODULE: ApiType = defineType(
  {
    id: 'mod.json',
    kind: 'module',
    receiver: 'json',
    name: ['json 模块', 'json module'],
    summary: [
      'JSON 编解码：`json.encode(value)`、`json.decode(text)`。',
      'JSON: `json.encode(value)`, `json.decode(text)`.',
    ],
    closed: true,
    module: 'json',
  },
  JSON_FUNCTIONS,
);

export const CRYPTO_MODULE: ApiType = defineType(
  {
    id: 'mod.crypto',
    kind: 'module',
    receiver: 'crypto',
    name: ['crypto 模块', 'crypto module'],
    summary: [
      'Base64、摘要（MD5、SHA）、HMAC 和加解密。',
      'Base64, digests (MD5, SHA), HMAC and ciphers.',
    ],
    closed: true,
    module: 'crypto',
  },
  CRYPTO_FUNCTIONS,
  CRYPTO_FIELDS,
);
