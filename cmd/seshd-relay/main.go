// Command seshd-relay is the relay module's plugin binary.
package main

import (
	"github.com/seshnet/seshnet/modules/relay"
	"github.com/seshnet/seshnet/plugins/kit"
)

func main() { kit.Serve(relay.New()) }
