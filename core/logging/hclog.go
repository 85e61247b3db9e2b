package logging

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/hashicorp/go-hclog"
	"github.com/rs/zerolog"
)

// NewHCLog adapts zerolog to hclog, go-plugin's logger. go-plugin re-logs
// each line a plugin writes to stderr through it (JSON lines with @level and
// @message come out at their level with their fields), so a module's logs
// come out of the node's logger with module=<name>.
func NewHCLog(l zerolog.Logger, name string) hclog.Logger {
	return hclog.New(&hclog.LoggerOptions{
		Name:       name,
		Level:      hclog.Trace, // the zerolog logger's own level filters
		Output:     &hclogWriter{l: l},
		JSONFormat: true,
	})
}

type hclogWriter struct{ l zerolog.Logger }

// Write takes hclog's JSON lines and emits them through zerolog.
func (w *hclogWriter) Write(p []byte) (int, error) {
	for _, line := range bytes.Split(p, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			w.l.Info().Str("raw", string(line)).Msg("plugin output")
			continue
		}
		lv, _ := m["@level"].(string)
		msg, _ := m["@message"].(string)
		level, err := zerolog.ParseLevel(lv)
		if err != nil || lv == "" {
			level = zerolog.InfoLevel
		}
		e := w.l.WithLevel(level)
		for k, v := range m {
			switch k {
			case "@level", "@message", "@timestamp", "@module", "timestamp":
				continue
			}
			e = e.Interface(k, v)
		}
		e.Msg(msg)
	}
	return len(p), nil
}

var _ io.Writer = (*hclogWriter)(nil)
