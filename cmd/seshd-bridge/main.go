// Command seshd-bridge is the L2 witness module's plugin binary.
package main

import (
	"github.com/seshnet/seshnet/modules/bridge"
	"github.com/seshnet/seshnet/plugins/kit"
)

func main() { kit.Serve(bridge.New()) }
