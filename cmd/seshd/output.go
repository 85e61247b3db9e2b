package main

import (
	"encoding/json"
	"fmt"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/spf13/cobra"
)

// print writes v as indented JSON with -o json, or text() otherwise.
func (g *globals) print(cmd *cobra.Command, v any, text func() string) error {
	switch g.output {
	case "json":
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(cmd.OutOrStdout(), string(b))
		return err
	case "text", "":
		_, err := fmt.Fprintln(cmd.OutOrStdout(), text())
		return err
	}
	return fmt.Errorf("output format %q: want text or json", g.output)
}

func (g *globals) client() (*rpchttp.HTTP, error) {
	c, err := rpchttp.New(g.node)
	if err != nil {
		return nil, fmt.Errorf("rpc client for %s: %w", g.node, err)
	}
	return c, nil
}
