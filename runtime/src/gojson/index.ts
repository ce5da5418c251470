/**
 * JSON as neomega's `require("json")` (layeh/gopher-json over Go's encoding/json) does it, on Fengari values:
 * encode.ts turns Lua values into Go's JSON text, decode.ts reads JSON text with Go's rules and error messages.
 */
export { encodeLuaValue, goJsonString, JsonEncodeError, type EncodeOptions } from './encode';
export { decodeGoJson, JsonSyntaxError, pushJsonValue, type JsonValue } from './decode';
