/**
 * The storage objects: the key-value database `coromega:key_value_db(...)` opens (`WrappedKVDB`) and the map all
 * plugins share, `coromega:shared_map()` (`SharedMap`).
 */
import { defineType, functionsOf, type Prose } from '../dsl';
import type { ApiType } from '../types';

const db = functionsOf('db', 'WrappedKVDB', 'storage');
const KEY: Prose = ['键。', 'The key.'];

export const KV_DB: ApiType = defineType(
  {
    id: 'WrappedKVDB',
    kind: 'class',
    receiver: 'db',
    name: ['键值数据库', 'key-value database'],
    summary: [
      '`key_value_db` 打开的数据库：值以 JSON 保存，取出时还原。',
      'The database `key_value_db` opens: values are stored as JSON and come back decoded.',
    ],
    closed: true,
  },
  [
    db('get(key: string): any', 'any', {
      zh: '读取一个键的值。',
      en: 'Reads the value of a key.',
      params: { key: KEY },
      returns: [['值；没有这个键时为 nil。', 'The value; nil when the key is absent.']],
      example: 'local score = db:get("Steve") or 0',
    }),
    db('set(key: string, value: any)', 'any', {
      zh: '保存一个键的值（覆盖原值）。',
      en: 'Stores the value of a key, replacing the old one.',
      params: {
        key: KEY,
        value: ['值（可被 `json.encode` 处理）。', 'The value (JSON-encodable).'],
      },
      example: 'db:set("Steve", { score = 10 })',
    }),
    db('delete(key: string)', 'any', {
      zh: '删除一个键。',
      en: 'Deletes a key.',
      params: { key: KEY },
      example: 'db:delete("Steve")',
    }),
    db('iter(fn: fun(key: string, value: any): boolean)', 'any', {
      zh: '依次用每个键和值调用函数；函数返回 true 继续，返回 false 停止。',
      en: 'Calls the function with each key and value; return true to go on, false to stop.',
      params: { fn: ['遍历函数。', 'The visitor.'] },
      example: 'db:iter(function(key, value)\n    print(key, value)\n    return true\nend)',
    }),
    db('migrate_to(target_db: WrappedKVDB)', 'any', {
      zh: '把这个数据库的全部数据导入另一个数据库（如从 json 换成 level）。',
      en: 'Copies all data of this database into another (e.g. from json to level).',
      params: { target_db: ['目标数据库。', 'The target database.'] },
      example:
        'local src = coromega:key_value_db("src", "json")\nsrc:migrate_to(coromega:key_value_db("dst", "level"))',
    }),
  ],
);

const sm = functionsOf('sm', 'SharedMap', 'flex');
const BLOCKS: Prose = [
  '在协程内只挂起当前协程；在协程外会阻塞插件直到完成。',
  'Inside a coroutine only that coroutine waits; outside one the plugin blocks until done.',
];

export const SHARED_MAP: ApiType = defineType(
  {
    id: 'SharedMap',
    kind: 'class',
    receiver: 'sm',
    name: ['共享表', 'shared map'],
    summary: [
      '所有插件共享的键值表（`coromega:shared_map()`）：值以 JSON 保存。',
      'The key-value map every plugin shares (`coromega:shared_map()`); values are stored as JSON.',
    ],
    closed: true,
  },
  [
    sm('get(key: string): any', 'blocks-outside', {
      zh: '读取一个键的值。',
      en: 'Reads the value of a key.',
      detail: BLOCKS,
      params: { key: KEY },
      returns: [['值；没有时为 nil。', 'The value; nil when absent.']],
      example: 'local v = sm:get("count")',
    }),
    sm('set(key: string, value: any): any', 'blocks-outside', {
      zh: '保存一个键的值，返回原来的值。',
      en: 'Stores the value of a key and returns the old one.',
      detail: BLOCKS,
      params: { key: KEY, value: ['新值。', 'The new value.'] },
      returns: [['原来的值。', 'The old value.']],
      example: 'local old = sm:set("count", 1)',
    }),
    sm('delete(key: string): any', 'blocks-outside', {
      zh: '删除一个键，返回原来的值。',
      en: 'Deletes a key and returns its old value.',
      detail: BLOCKS,
      params: { key: KEY },
      returns: [['原来的值。', 'The old value.']],
      example: 'local old = sm:delete("count")',
    }),
    sm('load_or_store(key: string, value: any): any, boolean', 'blocks-outside', {
      zh: '键已有值时读取它；没有时存入给定的值。',
      en: 'Reads the key when it has a value; otherwise stores the given one.',
      detail: BLOCKS,
      params: { key: KEY, value: ['键没有值时存入的值。', 'Stored when the key has none.'] },
      returns: [
        ['键现在的值。', 'The value the key now has.'],
        ['值原本就存在时为 true。', 'true when it was already there.'],
      ],
      example: 'local data, loaded = sm:load_or_store("owner", "me")',
    }),
    sm('compare_and_swap(key: string, old: any, new: any): any', 'blocks-outside', {
      zh: '只有当键的值等于 `old` 时才改为 `new`（比较并交换）。',
      en: 'Sets the key to `new` only if its value equals `old` (compare and swap).',
      detail: BLOCKS,
      params: {
        key: KEY,
        old: ['期望的旧值。', 'The expected value.'],
        new: ['新值。', 'The new value.'],
      },
      returns: [['交换的结果。', 'The outcome of the swap.']],
      example: 'local swapped = sm:compare_and_swap("lock", "", "me")',
    }),
    sm('iter(fn: fun(key: string, value: any): boolean): any', 'blocks-outside', {
      zh: '依次用每个键和值调用函数；函数返回 true 继续，返回 false 停止。',
      en: 'Calls the function with each key and value; return true to go on, false to stop.',
      detail: BLOCKS,
      params: { fn: ['遍历函数。', 'The visitor.'] },
      returns: [['遍历的结果。', 'The outcome.']],
      example: 'sm:iter(function(key, value)\n    print(key, value)\n    return true\nend)',
    }),
  ],
);
