/**
 * Go's error texts for HTTP: strconv.Quote and url.Error's Op for the `Get "url": ...` prefix, and the texts
 * net/http gives for socket, TLS, parser and body-read failures, from what Node and undici report.
 */

/** Go's strconv.Quote for the ASCII-ish strings that end up in error messages. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c === 0xfffd) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

/** url.Error's Op: "GET" -> "Get". */
export function goOp(method: string): string {
  return method.slice(0, 1) + method.slice(1).toLowerCase();
}

/** The request's context deadline passed. */
export class DeadlineError extends Error {}
/** The response body is larger than the client's limit. */
export class BodyLimitError extends Error {}

export function describeSocketError(
  err: unknown,
  url: URL,
  addr: string | undefined,
): string | undefined {
  const e = err as {
    code?: string;
    cause?: unknown;
    message?: string;
    address?: string;
    port?: number;
  };
  const cause = (e.cause ?? err) as {
    code?: string;
    address?: string;
    port?: number;
    hostname?: string;
    message?: string;
  };
  const code = cause.code ?? e.code;
  if ((err as { name?: string }).name === 'HTTPParserError') {
    return 'net/http: HTTP/1.x transport connection broken: malformed HTTP response';
  }
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const ip = cause.address ?? addr ?? url.hostname.replace(/^\[|\]$/g, '');
  const hostPort = (ip.includes(':') ? `[${ip}]` : ip) + ':' + (cause.port ?? port);
  switch (code) {
    case 'ECONNREFUSED':
      return `dial tcp ${hostPort}: connect: connection refused`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NODATA':
    case 'EAI_NONAME':
      return `dial tcp: lookup ${url.hostname}: no such host`;
    case 'ENETUNREACH':
      return `dial tcp ${hostPort}: connect: network is unreachable`;
    case 'EHOSTUNREACH':
      return `dial tcp ${hostPort}: connect: no route to host`;
    case 'ECONNRESET':
      return `read tcp ${hostPort}: read: connection reset by peer`;
    case 'EPIPE':
      return `write tcp ${hostPort}: write: broken pipe`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return 'tls: failed to verify certificate: x509: certificate signed by unknown authority';
    case 'CERT_HAS_EXPIRED':
    case 'CERT_NOT_YET_VALID':
      return 'tls: failed to verify certificate: x509: certificate has expired or is not yet valid';
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `tls: failed to verify certificate: x509: certificate is not valid for ${url.hostname}`;
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return 'EOF';
    case 'HPE_INVALID_CHUNK_SIZE':
      return 'invalid byte in chunk length';
    case 'HPE_INVALID_CONSTANT':
    case 'HPE_INVALID_VERSION':
    case 'HPE_INVALID_STATUS':
      return 'net/http: HTTP/1.x transport connection broken: malformed HTTP response';
    default:
      if (typeof code === 'string' && code.startsWith('HPE_')) {
        return 'net/http: HTTP/1.x transport connection broken: malformed HTTP response';
      }
      if (typeof code === 'string' && code.startsWith('ERR_TLS') && cause.message) {
        return 'tls: ' + cause.message;
      }
      return undefined;
  }
}

export function bodyReadError(err: unknown): string {
  if (err instanceof DeadlineError) return 'context deadline exceeded';
  const e = err as { code?: string; cause?: { code?: string }; name?: string; message?: string };
  const code = e.code ?? e.cause?.code;
  if (e.name === 'HTTPParserError') {
    return /chunk size/i.test(e.message ?? '')
      ? 'invalid byte in chunk length'
      : 'malformed chunked encoding';
  }
  if (code === 'ECONNRESET') return 'read: connection reset by peer';
  if (code === 'HPE_INVALID_CHUNK_SIZE') return 'invalid byte in chunk length';
  if (typeof code === 'string' && code.startsWith('HPE_')) return 'malformed chunked encoding';
  return 'unexpected EOF';
}
