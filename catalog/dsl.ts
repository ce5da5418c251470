/**
 * Builders the catalog files use to write an entry in a few lines: a signature in LuaLS syntax, the scope and the
 * prose in both languages. They check that every parameter and return value is explained, so an incomplete entry
 * fails when the catalog loads (and in its tests), not in front of a user.
 */
import { parseSignature } from './typeExpr';
import { versionsOf } from './versions';
import type {
  ApiCategory,
  ApiField,
  ApiFunction,
  ApiType,
  EntryUse,
  LocalText,
  Scope,
  TypeId,
} from './types';

/** zh-CN first, then English. */
export type Prose = readonly [zh: string, en: string];

export function text(p: Prose): LocalText {
  return { 'zh-cn': p[0], en: p[1] };
}

export interface FnDoc {
  zh: string;
  en: string;
  detail?: Prose;
  /** One entry per parameter, by name (`...` for varargs). */
  params?: Record<string, Prose>;
  /** One entry per return value. */
  returns?: Prose[];
  example: string;
  listener?: string;
  entry?: EntryUse;
  yieldsWhenArg?: number;
  needsRun?: boolean;
  internal?: boolean;
  deprecated?: boolean;
  httpMethod?: string | null;
}

export type FnBuilder = (signature: string, scope: Scope, doc: FnDoc) => ApiFunction;

/** A builder of the functions of one type: `owner` is how signatures name the receiver. */
export function functionsOf(
  owner: string,
  of: TypeId,
  category: ApiCategory,
  call: ':' | '.' = ':',
): FnBuilder {
  return (signature, scope, doc) => {
    const sig = parseSignature(signature);
    const where = `${owner}${call}${sig.name}`;
    const paramDocs = doc.params ?? {};
    for (const p of sig.params) {
      if (!paramDocs[p.name]) throw new Error(`catalog ${where}: no doc for parameter ${p.name}`);
    }
    for (const k of Object.keys(paramDocs)) {
      if (!sig.params.some((p) => p.name === k)) {
        throw new Error(`catalog ${where}: doc for unknown parameter ${k}`);
      }
    }
    const returnDocs = doc.returns ?? [];
    if (returnDocs.length !== sig.returns.length) {
      throw new Error(`catalog ${where}: ${sig.returns.length} returns, ${returnDocs.length} docs`);
    }
    const f: ApiFunction = {
      name: sig.name,
      owner,
      of,
      call,
      category,
      params: sig.params.map((p) => ({
        name: p.name,
        type: p.type,
        ...(p.optional ? { optional: true } : {}),
        ...(p.variadic ? { variadic: true } : {}),
        doc: text(paramDocs[p.name]),
      })),
      returns: sig.returns.map((type, i) => ({ type, doc: text(returnDocs[i]) })),
      scope,
      summary: { 'zh-cn': doc.zh, en: doc.en },
      example: doc.example,
    };
    if (doc.detail) f.detail = text(doc.detail);
    if (doc.listener !== undefined) f.listener = doc.listener;
    if (doc.entry) f.entry = doc.entry;
    if (doc.yieldsWhenArg !== undefined) f.yieldsWhenArg = doc.yieldsWhenArg;
    if (doc.needsRun) f.needsRun = true;
    if (doc.internal) f.internal = true;
    if (doc.deprecated) f.deprecated = true;
    if (doc.httpMethod !== undefined) f.httpMethod = doc.httpMethod;
    const versions = versionsOf(of, sig.name);
    if (versions) f.versions = versions;
    return f;
  };
}

export interface FieldDoc {
  zh: string;
  en: string;
  detail?: Prose;
  example: string;
  internal?: boolean;
}

export type FieldBuilder = (name: string, type: string, doc: FieldDoc) => ApiField;

export function fieldsOf(owner: string, of: TypeId): FieldBuilder {
  return (name, type, doc) => {
    const f: ApiField = {
      name,
      owner,
      of,
      type,
      summary: { 'zh-cn': doc.zh, en: doc.en },
      example: doc.example,
    };
    if (doc.detail) f.detail = text(doc.detail);
    if (doc.internal) f.internal = true;
    return f;
  };
}

export interface TypeDoc {
  id: TypeId;
  kind: ApiType['kind'];
  receiver: string;
  name: Prose;
  summary: Prose;
  closed: boolean;
  module?: string;
}

export function defineType(doc: TypeDoc, methods: ApiFunction[], fields: ApiField[] = []): ApiType {
  for (const m of methods) {
    if (m.of !== doc.id) throw new Error(`catalog ${doc.id}: method ${m.name} belongs to ${m.of}`);
  }
  const t: ApiType = {
    id: doc.id,
    kind: doc.kind,
    receiver: doc.receiver,
    name: text(doc.name),
    summary: text(doc.summary),
    methods,
    fields,
    closed: doc.closed,
  };
  if (doc.module) t.module = doc.module;
  return t;
}
