package config

import (
	"fmt"
	"io"
	"os"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// NewLogger builds the logger described by l, writing to standard error:
// a plain console encoder for people, JSON (one object a line,
// ISO 8601 times) for jobs.
func NewLogger(l Log) (*zap.Logger, error) {
	return NewLoggerTo(l, os.Stderr)
}

// NewLoggerTo is NewLogger writing to w; the dyad command passes its own
// standard error so tests capture the logs.
func NewLoggerTo(l Log, w io.Writer) (*zap.Logger, error) {
	level, err := zapcore.ParseLevel(l.Level)
	if err != nil || l.Level == "" {
		return nil, &FieldError{Field: "log.level", Problem: fmt.Sprintf("must be one of debug, info, warn, error, got %q", l.Level)}
	}
	var enc zapcore.Encoder
	switch l.Format {
	case "json":
		ec := zap.NewProductionEncoderConfig()
		ec.TimeKey = "time"
		ec.EncodeTime = zapcore.ISO8601TimeEncoder
		ec.EncodeDuration = zapcore.StringDurationEncoder
		enc = zapcore.NewJSONEncoder(ec)
	case "console":
		ec := zap.NewDevelopmentEncoderConfig()
		ec.EncodeTime = zapcore.TimeEncoderOfLayout("15:04:05")
		ec.EncodeDuration = zapcore.StringDurationEncoder
		ec.CallerKey = ""
		ec.StacktraceKey = ""
		ec.NameKey = ""
		enc = zapcore.NewConsoleEncoder(ec)
	default:
		return nil, &FieldError{Field: "log.format", Problem: fmt.Sprintf("must be console or json, got %q", l.Format)}
	}
	core := zapcore.NewCore(enc, zapcore.Lock(zapcore.AddSync(w)), level)
	return zap.New(core), nil
}
