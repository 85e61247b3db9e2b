package kit

import (
	"os"

	"github.com/rs/zerolog"
)

// Logger is the module's logger. It writes JSON lines in the shape go-plugin
// forwards (@level, @message), so they come out of the node's log at their
// level, tagged with the module's name. Stdout is not for logs.
func Logger() zerolog.Logger {
	zerolog.LevelFieldName = "@level"
	zerolog.MessageFieldName = "@message"
	zerolog.TimestampFieldName = "@timestamp"
	// go-plugin only parses hclog's own time layout; any other demotes the
	// line to a debug line of raw text.
	zerolog.TimeFieldFormat = "2006-01-02T15:04:05.000000Z07:00"
	return zerolog.New(os.Stderr).With().Timestamp().Logger()
}
