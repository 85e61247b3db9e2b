package main

import "github.com/spf13/cobra"

func loadgenCmd(g *globals) *cobra.Command {
	return &cobra.Command{Use: "loadgen", Short: "Send signed transactions to a network and report committed tx/s and latency", Hidden: true}
}
