// Command seshd-storage is the storage module's plugin binary.
package main

import (
	"github.com/seshnet/seshnet/modules/storage"
	"github.com/seshnet/seshnet/plugins/kit"
)

func main() { kit.Serve(storage.New()) }
