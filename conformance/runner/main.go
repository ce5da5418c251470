// Command runner runs one Lua file on gopher-lua the way neomega runs a plugin's main chunk, and prints what the
// chunk prints; an uncaught error ends the output with one line `ERR: <message>` (the error value as gopher-lua
// turns it into a string, without its stack traceback).
//
// How neomega runs a plugin, as far as it shows to Lua code:
//   - one state from lua.NewState() with gopher-lua's standard libraries (base, package, table, io, os, string,
//     math, debug, channel, coroutine);
//   - the plugin file run on that state's main thread, named by its path: the framework's coromega.lua treats the
//     main chunk as outside every coroutine (`_coro_running = false`; `coromega:sleep` blocks there instead of
//     yielding), so `coroutine.running()` is nil there and a yield is an error, as with L.DoFile;
//   - the global `ud2lua`, which the framework calls, and the two globals neomega sets for its bundled QQ bridge
//     (cqhttp.lua): the event source `send_msg_poller` and the function `push_default_received_msg`; the host's modules (omega, coromega, json, crypto, http, db)
//     are only reached through `require`, which the conformance cases do not use.
//
// The runner changes into the file's folder and runs it by its base name, so error positions read `name.lua:3:`.
// It is built in GOPATH mode against the gopher-lua source by scripts/conformance-regen.ts; neither the source
// nor the binary is committed.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	lua "github.com/yuin/gopher-lua"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: runner FILE.lua")
		os.Exit(2)
	}
	dir, name := filepath.Split(os.Args[1])
	if dir != "" {
		if err := os.Chdir(dir); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	L := lua.NewState()
	defer L.Close()
	// Values neomega hands to Lua are plain Lua values here, so ud2lua has nothing to convert.
	L.SetGlobal("ud2lua", L.NewFunction(func(L *lua.LState) int {
		L.Push(L.Get(1))
		return 1
	}))
	// The QQ bridge's globals: the cases only see that they exist.
	L.SetGlobal("send_msg_poller", L.NewUserData())
	L.SetGlobal("push_default_received_msg", L.NewFunction(func(L *lua.LState) int { return 0 }))
	if err := L.DoFile(name); err != nil {
		msg := err.Error()
		if apiErr, ok := err.(*lua.ApiError); ok {
			msg = apiErr.Object.String()
		}
		fmt.Printf("ERR: %s\n", msg)
	}
}
