// Command seshd-oxen is the oxen coin claims module's plugin binary.
package main

import (
	"github.com/seshnet/seshnet/modules/oxen"
	"github.com/seshnet/seshnet/plugins/kit"
)

func main() { kit.Serve(oxen.New()) }
