// Command runner runs one Lua file on gopher-lua the way neomega runs a plugin's main chunk, and prints what the
// chunk prints; an uncaught error ends the output with one line `ERR: <message>` (the error value as gopher-lua
// turns it into a string, without its stack traceback).
//
// It is built in GOPATH mode against the gopher-lua source by scripts/conformance.ts; neither the source nor the
// binary is committed.
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
	if err := L.DoFile(name); err != nil {
		msg := err.Error()
		if apiErr, ok := err.(*lua.ApiError); ok {
			msg = apiErr.Object.String()
		}
		fmt.Printf("ERR: %s\n", msg)
	}
}
