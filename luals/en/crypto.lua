-- coromega API definitions for LuaLS, written by coromega-language-server --emit-luals DIR --locale en from the API the language server itself serves. Run that command again after updating the server to refresh them; edits made here are overwritten.
---@meta crypto

---Base64, digests (MD5, SHA), HMAC and ciphers.
---@class mod.crypto
---@field RAW_DATA integer Cipher option: raw bytes in and out (no Base64).
---@field ZERO_PADDING integer Cipher option: zero padding.
local crypto = {}

---Base64-encodes.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local s = crypto.base64_encode("hello")
---```
---@param input string The input.
---@return string # The result.
function crypto.base64_encode(input) end

---Base64-decodes.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local s = crypto.base64_decode("aGVsbG8=")
---```
---@param input string The input.
---@return string # The result; nil on failure.
---@return string? # The error on failure.
function crypto.base64_decode(input) end

---URL-safe Base64 encoding.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local s = crypto.base64_url_encode("hello")
---```
---@param input string The input.
---@return string # The result.
function crypto.base64_url_encode(input) end

---URL-safe Base64 decoding.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local s = crypto.base64_url_decode("aGVsbG8=")
---```
---@param input string The input.
---@return string # The result; nil on failure.
---@return string? # The error on failure.
function crypto.base64_url_decode(input) end

---Computes MD5, as hex by default.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local h = crypto.md5("hello")
---```
---@param input string The input.
---@param raw? boolean true for raw bytes instead of hex.
---@return string # The digest.
function crypto.md5(input, raw) end

---Computes SHA-1, as hex by default.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local h = crypto.sha1("hello")
---```
---@param input string The input.
---@param raw? boolean true for raw bytes instead of hex.
---@return string # The digest.
function crypto.sha1(input, raw) end

---Computes SHA-256, as hex by default.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local h = crypto.sha256("hello")
---```
---@param input string The input.
---@param raw? boolean true for raw bytes instead of hex.
---@return string # The digest.
function crypto.sha256(input, raw) end

---Computes SHA-512, as hex by default.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local h = crypto.sha512("hello")
---```
---@param input string The input.
---@param raw? boolean true for raw bytes instead of hex.
---@return string # The digest.
function crypto.sha512(input, raw) end

---Computes CRC32, as hex by default.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local h = crypto.crc32("hello")
---```
---@param input string The input.
---@param raw? boolean true for raw bytes instead of hex.
---@return string # The digest.
function crypto.crc32(input, raw) end

---Computes an HMAC, as hex by default.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local mac = crypto.hmac("sha256", "hello", "secret")
---```
---@param algorithm string `"md5"`, `"sha1"`, `"sha256"` or `"sha512"`.
---@param input string The input.
---@param key string The key.
---@param raw? boolean true for raw bytes instead of hex.
---@return string # The HMAC.
function crypto.hmac(algorithm, input, key, raw) end

---Encrypts.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local c = crypto.encrypt("hi", "des-ecb", "key12345", 0)
---```
---@param input string The input.
---@param cipher string `"des-ecb"`, `"des-cbc"` or `"aes-cbc"`.
---@param key string The key (its length depends on the cipher).
---@param options integer 0, or `crypto.RAW_DATA`, `crypto.ZERO_PADDING`.
---@param iv? string The initialisation vector (for CBC).
---@return string # The ciphertext; nil on failure.
---@return string? # The error on failure.
function crypto.encrypt(input, cipher, key, options, iv) end

---Decrypts.
---
---**Scope**: anywhere
---
---**Example**
---```lua
---local m = crypto.decrypt(c, "des-ecb", "key12345", 0)
---```
---@param input string The input.
---@param cipher string `"des-ecb"`, `"des-cbc"` or `"aes-cbc"`.
---@param key string The key (its length depends on the cipher).
---@param options integer 0, or `crypto.RAW_DATA`, `crypto.ZERO_PADDING`.
---@param iv? string The initialisation vector (for CBC).
---@return string # The plaintext; nil on failure.
---@return string? # The error on failure.
function crypto.decrypt(input, cipher, key, options, iv) end

return crypto
