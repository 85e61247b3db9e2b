package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/client"
)

// defaultSeed is the devnet's relay: p2p base port 26656 + 35.
const defaultSeed = "127.0.0.1:26691"

func accountCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "account", Short: "Messaging accounts (Session IDs)"}
	var out string
	newCmd := &cobra.Command{
		Use:   "new --out FILE",
		Short: "Make a new account key in FILE (mode 0600, never overwritten) and print its Session ID",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return errors.New("--out FILE is required")
			}
			_, acct, err := client.NewKeyFile(out, rand.Reader)
			if err != nil {
				return err
			}
			id := acct.Hex()
			return g.print(cmd, map[string]string{"session_id": id, "file": out}, func() string { return id })
		},
	}
	newCmd.Flags().StringVar(&out, "out", "", "`FILE` to write the key to")
	cmd.AddCommand(newCmd)
	return cmd
}

// netFlags are the flags of the commands that talk to the network.
type netFlags struct {
	seeds      []string
	cipher     string
	timeout    time.Duration
	shortPaths bool
}

func (f *netFlags) add(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringSliceVar(&f.seeds, "seed", []string{defaultSeed},
		"relays (host:port, comma-separated) to fetch the node list from; the default is the devnet's relay (p2p base port 26656 + 35). "+
			"A seed's certificate is not checked (its key is not known yet), so use seeds you trust; every node after it is pinned by key")
	fs.StringVar(&f.cipher, "cipher", string(onion.XChaCha20), "onion cipher: xchacha20 or aes-gcm")
	fs.DurationVar(&f.timeout, "timeout", client.DefaultTimeout, "timeout of each network request")
	fs.BoolVar(&f.shortPaths, "allow-short-paths", false, "on a network with fewer than 3 relays (a one-node devnet), use the relays there are")
}

// options checks the flags and makes the client's options.
func (f *netFlags) options() (client.Options, error) {
	enc := onion.EncType(f.cipher)
	if enc != onion.XChaCha20 && enc != onion.AESGCM {
		return client.Options{}, fmt.Errorf("--cipher %q: want xchacha20 or aes-gcm", f.cipher)
	}
	var seeds []string
	for _, s := range f.seeds {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if host, port, err := net.SplitHostPort(s); err != nil || host == "" || port == "" {
			return client.Options{}, fmt.Errorf("--seed %q: want host:port", clipArg(s))
		}
		seeds = append(seeds, s)
	}
	if len(seeds) == 0 {
		return client.Options{}, errors.New("--seed: at least one relay address (host:port) is needed")
	}
	if f.timeout <= 0 {
		return client.Options{}, fmt.Errorf("--timeout %v: must be positive", f.timeout)
	}
	return client.Options{Seeds: seeds, Enc: enc, Timeout: f.timeout, AllowShortPaths: f.shortPaths}, nil
}

func msgCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "msg",
		Short: "Send and receive end-to-end encrypted messages over three onion hops",
		Long: `msg sends and reads messages the way a Session client does: each request
crosses three relays to a member of the account's swarm, and messages are
encrypted to the recipient's Session ID, so no node sees who talks to whom or
what they say. By default it talks to the devnet (seed relay ` + defaultSeed + `).`,
	}
	cmd.AddCommand(msgSendCmd(g), msgRecvCmd(g))
	return cmd
}

// sendFlags are msg send's own flags, checked before any network access.
type sendFlags struct {
	from, to, text, disappear string
	ttl                       time.Duration
}

// parse checks the flags and returns the recipient and the message's
// disappearing settings.
func (f *sendFlags) parse() (sessionid.Account, client.SendOptions, error) {
	var opts client.SendOptions
	if f.from == "" {
		return sessionid.Account{}, opts, errors.New("--from KEYFILE is required")
	}
	to, err := sessionid.Parse(strings.TrimSpace(f.to))
	if err != nil || to.Prefix() != sessionid.PrefixSession {
		return sessionid.Account{}, opts, fmt.Errorf("--to %q: want a Session ID, 66 hex characters starting with 05", clipArg(f.to))
	}
	if f.text == "" {
		return sessionid.Account{}, opts, errors.New("--text is required")
	}
	if f.ttl < client.MinTTL || f.ttl > client.MaxTTL {
		return sessionid.Account{}, opts, fmt.Errorf("--ttl %v: must be from %v to %v", f.ttl, client.MinTTL, client.MaxTTL)
	}
	opts.TTL = f.ttl
	switch d := f.disappear; {
	case d == "" || d == "after-send":
		// The TTL is when it disappears after sending.
	case strings.HasPrefix(d, "after-read:"):
		ar, err := time.ParseDuration(strings.TrimPrefix(d, "after-read:"))
		if err != nil || ar <= 0 {
			return sessionid.Account{}, opts, fmt.Errorf("--disappear %q: the time after read must be a positive duration, e.g. after-read:5m", clipArg(d))
		}
		if ar >= f.ttl {
			return sessionid.Account{}, opts, fmt.Errorf("--disappear %q: the time after read must be shorter than --ttl (%v)", clipArg(d), f.ttl)
		}
		opts.AfterRead = ar
	default:
		return sessionid.Account{}, opts, fmt.Errorf("--disappear %q: want after-send or after-read:DURATION (e.g. after-read:5m)", clipArg(d))
	}
	return to, opts, nil
}

func msgSendCmd(g *globals) *cobra.Command {
	var sf sendFlags
	var nf netFlags
	cmd := &cobra.Command{
		Use:   "send --from KEYFILE --to SESSION_ID --text TEXT",
		Short: "Send a message; prints its hash and how many swarm members stored it",
		Long: `send encrypts TEXT to the recipient's Session ID and stores it in the
recipient's swarm through three onion hops.

Disappearing messages:
  --disappear after-send          the network drops it --ttl after sending
  --disappear after-read:DURATION the recipient's client shortens its expiry to
                                  read time + DURATION when it first reads it
Without --disappear, the message is kept --ttl (default and most: 14 days).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			to, opts, err := sf.parse()
			if err != nil {
				return err
			}
			copt, err := nf.options()
			if err != nil {
				return err
			}
			key, _, err := client.LoadKeyFile(sf.from)
			if err != nil {
				return err
			}
			c, err := client.New(copt)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx, stop := commandContext(cmd)
			defer stop()
			res, err := c.Send(ctx, key, to, sf.text, opts)
			if err != nil {
				return err
			}
			v := map[string]any{"hash": res.Hash, "accepted": res.Accepted, "members": len(res.Swarm), "expiry": res.Expiry.UTC().Format(time.RFC3339)}
			return g.print(cmd, v, func() string {
				return fmt.Sprintf("hash %s\nstored by %d of %d swarm members, expires %s",
					res.Hash, res.Accepted, len(res.Swarm), res.Expiry.Local().Format(time.DateTime))
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&sf.from, "from", "", "the sender's key `FILE` (made by seshd account new)")
	f.StringVar(&sf.to, "to", "", "the recipient's Session ID (05…)")
	f.StringVar(&sf.text, "text", "", "the message")
	f.DurationVar(&sf.ttl, "ttl", client.DefaultTTL, "how long the network keeps the message (10s to 336h)")
	f.StringVar(&sf.disappear, "disappear", "", "after-send, or after-read:DURATION")
	nf.add(cmd)
	return cmd
}

func msgRecvCmd(g *globals) *cobra.Command {
	var keyFile string
	var follow bool
	var interval time.Duration
	var nf netFlags
	cmd := &cobra.Command{
		Use:   "recv --key KEYFILE",
		Short: "Print the messages in the account's mailbox (with --follow, keep printing new ones)",
		Long: `recv reads the account's mailbox through three onion hops and prints each
message: when it was sent, by whom, and the text. A sender that did not sign
its message is marked "unverified": its Session ID is only its claim. Reading
a message that asks to disappear after read starts its timer on the network.
With --follow it asks again every 2 s for messages after the last one, until
interrupted.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keyFile == "" {
				return errors.New("--key KEYFILE is required")
			}
			if interval <= 0 {
				return fmt.Errorf("--interval %v: must be positive", interval)
			}
			copt, err := nf.options()
			if err != nil {
				return err
			}
			key, _, err := client.LoadKeyFile(keyFile)
			if err != nil {
				return err
			}
			if g.output != "text" && g.output != "json" && g.output != "" {
				return fmt.Errorf("output format %q: want text or json", g.output)
			}
			c, err := client.New(copt)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx, stop := commandContext(cmd)
			defer stop()
			out, errOut := cmd.OutOrStdout(), cmd.ErrOrStderr()
			seen := map[string]bool{}
			last := ""
			for {
				msgs, err := c.ReceiveAll(ctx, key, last)
				for _, m := range msgs {
					if !seen[m.Hash] {
						seen[m.Hash] = true
						printMessage(out, errOut, g.output == "json", m)
					}
				}
				if len(msgs) > 0 {
					last = msgs[len(msgs)-1].Hash
				}
				if !follow {
					return err
				}
				if err != nil && ctx.Err() == nil {
					fmt.Fprintln(errOut, "warning:", err)
				}
				if len(seen) > 100_000 {
					clear(seen)
				}
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(interval):
				}
			}
		},
	}
	f := cmd.Flags()
	f.StringVar(&keyFile, "key", "", "the account's key `FILE` (made by seshd account new)")
	f.BoolVar(&follow, "follow", false, "keep asking for new messages every 2 s until interrupted")
	f.DurationVar(&interval, "interval", 2*time.Second, "time between asks with --follow")
	_ = f.MarkHidden("interval")
	nf.add(cmd)
	return cmd
}

// printMessage writes one message: a line of text, or a line of JSON.
func printMessage(out, errOut io.Writer, asJSON bool, m client.Received) {
	if m.ShortenErr != nil {
		fmt.Fprintf(errOut, "warning: message %s…: could not start its after-read timer: %v\n", m.Hash[:min(8, len(m.Hash))], m.ShortenErr)
	}
	if asJSON {
		v := map[string]any{"hash": m.Hash, "expiry": m.Expiry.UTC().Format(time.RFC3339)}
		if m.Err != nil {
			v["error"] = m.Err.Error()
		} else {
			v["from"], v["verified"], v["text"] = m.From.Hex(), m.Verified, m.Text
			v["sent"], v["after_read_ms"] = m.Sent.UTC().Format(time.RFC3339Nano), m.AfterRead.Milliseconds()
		}
		b, _ := json.Marshal(v)
		fmt.Fprintln(out, string(b))
		return
	}
	if m.Err != nil {
		fmt.Fprintf(out, "message %s… cannot be read: %v\n", m.Hash[:min(8, len(m.Hash))], m.Err)
		return
	}
	var notes []string
	if !m.Verified {
		notes = append(notes, "unverified sender")
	}
	if m.AfterRead > 0 {
		notes = append(notes, fmt.Sprintf("disappears %v after read", m.AfterRead))
	}
	suffix := ""
	if len(notes) > 0 {
		suffix = " (" + strings.Join(notes, ", ") + ")"
	}
	fmt.Fprintf(out, "%s from %s%s:\n  %s\n", m.Sent.Local().Format(time.DateTime), m.From.Hex(), suffix,
		strings.ReplaceAll(printable(m.Text), "\n", "\n  "))
}

// commandContext ends on SIGINT or SIGTERM, or with the context the
// command was run with (tests).
func commandContext(cmd *cobra.Command) (context.Context, context.CancelFunc) {
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	return signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
}

// clipArg shortens a flag value for an error message.
func clipArg(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// printable replaces control characters (terminal escapes a sender could
// use to rewrite the screen) other than newline and tab.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == '\u2028' || r == '\u2029' || r == '\u202e' {
			return '\ufffd'
		}
		return r
	}, s)
}
