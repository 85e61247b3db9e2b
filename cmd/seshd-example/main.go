// Command seshd-example is the example module's plugin binary.
package main

import (
	"os"

	"github.com/seshnet/seshnet/modules/example"
	"github.com/seshnet/seshnet/plugins/kit"
)

func main() { kit.Serve(example.New(os.Getpid())) }
