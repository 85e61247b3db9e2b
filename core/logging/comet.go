package logging

import (
	"fmt"

	cmtlog "github.com/cometbft/cometbft/libs/log"
	"github.com/rs/zerolog"
)

// redacted are key names under which CometBFT's RPC server logs the address of
// whoever called it. They are dropped unless the component logs at debug:
// no client address goes out at the default level.
var redacted = map[string]bool{"remote": true, "remoteAddr": true, "remote_addr": true}

// Comet adapts zerolog to CometBFT's logger. CometBFT names its components
// with a "module" key through With, which picks the component's level.
type Comet struct {
	root   zerolog.Logger
	levels Levels
	l      zerolog.Logger
}

// NewComet returns the CometBFT logger for root at the given levels.
func NewComet(root zerolog.Logger, levels Levels) cmtlog.Logger {
	return &Comet{root: root, levels: levels, l: root.Level(levels.Default)}
}

func (c *Comet) Debug(msg string, kv ...any) { c.emit(c.l.Debug(), msg, kv) }
func (c *Comet) Info(msg string, kv ...any)  { c.emit(c.l.Info(), msg, kv) }
func (c *Comet) Error(msg string, kv ...any) { c.emit(c.l.Error(), msg, kv) }

// With adds fields; a "module" field also sets the component's level.
func (c *Comet) With(kv ...any) cmtlog.Logger {
	ctx := c.l.With()
	level := c.l.GetLevel()
	for i := 0; i+1 < len(kv); i += 2 {
		key := fmt.Sprint(kv[i])
		if key == "module" {
			level = c.levels.For(fmt.Sprint(kv[i+1]))
		}
		ctx = ctx.Str(key, fmt.Sprint(kv[i+1]))
	}
	return &Comet{root: c.root, levels: c.levels, l: ctx.Logger().Level(level)}
}

func (c *Comet) emit(e *zerolog.Event, msg string, kv []any) {
	if e == nil {
		return
	}
	debug := c.l.GetLevel() <= zerolog.DebugLevel
	for i := 0; i < len(kv); i += 2 {
		key := fmt.Sprint(kv[i])
		if i+1 >= len(kv) {
			e = e.Interface(key, "(missing)")
			break
		}
		if redacted[key] && !debug {
			continue
		}
		e = field(e, key, kv[i+1])
	}
	e.Msg(msg)
}

// field writes scalars as themselves and anything else as CometBFT's own
// logger would print it (%v), instead of dumping structs as JSON.
func field(e *zerolog.Event, key string, v any) *zerolog.Event {
	switch x := v.(type) {
	case error:
		return e.AnErr(key, x)
	case string:
		return e.Str(key, x)
	case bool:
		return e.Bool(key, x)
	case int:
		return e.Int(key, x)
	case int64:
		return e.Int64(key, x)
	case int32:
		return e.Int32(key, x)
	case uint64:
		return e.Uint64(key, x)
	case uint32:
		return e.Uint32(key, x)
	case float64:
		return e.Float64(key, x)
	case fmt.Stringer:
		return e.Str(key, x.String())
	}
	return e.Str(key, fmt.Sprint(v))
}
