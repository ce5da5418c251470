-- coromega API 的 LuaLS 定义：由 coromega-language-server --emit-luals 目录 --locale zh-cn 按语言服务自身提供的 API 写出。更新语言服务后重新运行这条命令即可刷新；在这里的修改会被覆盖。
---@meta crypto

---Base64、摘要（MD5、SHA）、HMAC 和加解密。
---@class mod.crypto
---@field RAW_DATA integer 加解密选项：输入输出为原始字节（不做 Base64）。
---@field ZERO_PADDING integer 加解密选项：用 0 填充。
local crypto = {}

---Base64 编码。
---
---**范围**: 任意
---
---**示例**
---```lua
---local s = crypto.base64_encode("hello")
---```
---@param input string 输入的字符串。
---@return string # 编码结果。
function crypto.base64_encode(input) end

---Base64 解码。
---
---**范围**: 任意
---
---**示例**
---```lua
---local s = crypto.base64_decode("aGVsbG8=")
---```
---@param input string 输入的字符串。
---@return string # 解码结果；失败时为 nil。
---@return string? # 失败时的错误信息。
function crypto.base64_decode(input) end

---URL 安全的 Base64 编码。
---
---**范围**: 任意
---
---**示例**
---```lua
---local s = crypto.base64_url_encode("hello")
---```
---@param input string 输入的字符串。
---@return string # 编码结果。
function crypto.base64_url_encode(input) end

---URL 安全的 Base64 解码。
---
---**范围**: 任意
---
---**示例**
---```lua
---local s = crypto.base64_url_decode("aGVsbG8=")
---```
---@param input string 输入的字符串。
---@return string # 解码结果；失败时为 nil。
---@return string? # 失败时的错误信息。
function crypto.base64_url_decode(input) end

---计算 MD5，默认返回十六进制字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local h = crypto.md5("hello")
---```
---@param input string 输入的字符串。
---@param raw? boolean 为 true 时返回原始字节，否则返回十六进制字符串。
---@return string # 摘要。
function crypto.md5(input, raw) end

---计算 SHA-1，默认返回十六进制字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local h = crypto.sha1("hello")
---```
---@param input string 输入的字符串。
---@param raw? boolean 为 true 时返回原始字节，否则返回十六进制字符串。
---@return string # 摘要。
function crypto.sha1(input, raw) end

---计算 SHA-256，默认返回十六进制字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local h = crypto.sha256("hello")
---```
---@param input string 输入的字符串。
---@param raw? boolean 为 true 时返回原始字节，否则返回十六进制字符串。
---@return string # 摘要。
function crypto.sha256(input, raw) end

---计算 SHA-512，默认返回十六进制字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local h = crypto.sha512("hello")
---```
---@param input string 输入的字符串。
---@param raw? boolean 为 true 时返回原始字节，否则返回十六进制字符串。
---@return string # 摘要。
function crypto.sha512(input, raw) end

---计算 CRC32，默认返回十六进制字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local h = crypto.crc32("hello")
---```
---@param input string 输入的字符串。
---@param raw? boolean 为 true 时返回原始字节，否则返回十六进制字符串。
---@return string # 摘要。
function crypto.crc32(input, raw) end

---计算 HMAC，默认返回十六进制字符串。
---
---**范围**: 任意
---
---**示例**
---```lua
---local mac = crypto.hmac("sha256", "hello", "secret")
---```
---@param algorithm string `"md5"`、`"sha1"`、`"sha256"` 或 `"sha512"`。
---@param input string 输入的字符串。
---@param key string 密钥。
---@param raw? boolean 为 true 时返回原始字节，否则返回十六进制字符串。
---@return string # HMAC。
function crypto.hmac(algorithm, input, key, raw) end

---加密。
---
---**范围**: 任意
---
---**示例**
---```lua
---local c = crypto.encrypt("hi", "des-ecb", "key12345", 0)
---```
---@param input string 输入的字符串。
---@param cipher string 算法：`"des-ecb"`、`"des-cbc"` 或 `"aes-cbc"`。
---@param key string 密钥（长度取决于算法）。
---@param options integer 0，或 `crypto.RAW_DATA`、`crypto.ZERO_PADDING`。
---@param iv? string 初始向量（CBC 模式需要）。
---@return string # 密文；失败时为 nil。
---@return string? # 失败时的错误信息。
function crypto.encrypt(input, cipher, key, options, iv) end

---解密。
---
---**范围**: 任意
---
---**示例**
---```lua
---local m = crypto.decrypt(c, "des-ecb", "key12345", 0)
---```
---@param input string 输入的字符串。
---@param cipher string 算法：`"des-ecb"`、`"des-cbc"` 或 `"aes-cbc"`。
---@param key string 密钥（长度取决于算法）。
---@param options integer 0，或 `crypto.RAW_DATA`、`crypto.ZERO_PADDING`。
---@param iv? string 初始向量（CBC 模式需要）。
---@return string # 明文；失败时为 nil。
---@return string? # 失败时的错误信息。
function crypto.decrypt(input, cipher, key, options, iv) end

return crypto
