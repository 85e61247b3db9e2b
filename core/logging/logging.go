// Package logging sets up zerolog for every part of seshnet and adapts the
// loggers of CometBFT onto it, with per-component levels in CometBFT's
// syntax ("consensus:debug,p2p:error,*:info").
package logging

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/rs/zerolog"
)

// Levels is a default level and per-component overrides.
type Levels struct {
	Default   zerolog.Level
	PerModule map[string]zerolog.Level
}

// For returns the level of a component.
func (l Levels) For(module string) zerolog.Level {
	if lv, ok := l.PerModule[module]; ok {
		return lv
	}
	return l.Default
}

// String renders the levels back in the syntax ParseLevels reads.
func (l Levels) String() string {
	parts := make([]string, 0, len(l.PerModule)+1)
	for m, lv := range l.PerModule {
		parts = append(parts, m+":"+lv.String())
	}
	sort.Strings(parts)
	return strings.Join(append(parts, "*:"+l.Default.String()), ",")
}

// ParseLevels reads "info" or "consensus:debug,p2p:error,*:info".
func ParseLevels(s string) (Levels, error) {
	lv := Levels{Default: zerolog.InfoLevel, PerModule: map[string]zerolog.Level{}}
	if strings.TrimSpace(s) == "" {
		return lv, nil
	}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		module, level, hasModule := strings.Cut(part, ":")
		if !hasModule {
			module, level = "*", part
		}
		parsed, err := zerolog.ParseLevel(level)
		if err != nil || level == "" {
			return Levels{}, fmt.Errorf("log level %q: unknown level %q (want trace, debug, info, warn, error or disabled)", part, level)
		}
		if module == "*" {
			lv.Default = parsed
		} else {
			lv.PerModule[module] = parsed
		}
	}
	return lv, nil
}

// timeFieldFormat is RFC 3339 with milliseconds.
const timeFieldFormat = "2006-01-02T15:04:05.000Z07:00"

// Config is how a process logs.
type Config struct {
	Format string // "json" or "console"
	Levels Levels
	Out    io.Writer // default os.Stderr
}

// New builds the root logger. Components derive theirs with Module.
func New(c Config) (zerolog.Logger, error) {
	out := c.Out
	if out == nil {
		out = os.Stderr
	}
	// Milliseconds, as CometBFT's own lines carry: a block's steps are
	// tens of milliseconds apart. (zerolog's field format is global.)
	zerolog.TimeFieldFormat = timeFieldFormat
	switch c.Format {
	case "", "console":
		out = zerolog.ConsoleWriter{Out: out, TimeFormat: "15:04:05.000"}
	case "json":
	default:
		return zerolog.Nop(), fmt.Errorf("log format %q: want json or console", c.Format)
	}
	// The root logger lets everything through; each component's child logger
	// carries its own level, so a per-module override can be lower than the
	// default.
	return zerolog.New(out).Level(zerolog.TraceLevel).With().Timestamp().Logger(), nil
}

// Module returns the logger of a component at its configured level.
func Module(root zerolog.Logger, levels Levels, name string) zerolog.Logger {
	return root.With().Str("module", name).Logger().Level(levels.For(name))
}
