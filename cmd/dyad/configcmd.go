package main

import (
	"fmt"
	"io"
	"reflect"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"gopkg.in/yaml.v3"

	"github.com/dyadgraph/dyad/config"
)

type configOptions struct {
	streams
	// origins adds a comment after each value saying where it came from.
	origins bool
}

func (o *configOptions) AddFlags(fs *pflag.FlagSet) {
	fs.BoolVar(&o.origins, "origins", true, "say after each value where it came from (default, file, env, flag)")
}

func newConfigCommand(g *globalOptions) *cobra.Command {
	o := &configOptions{}
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration as YAML (password masked)",
		Long: `Print the configuration dyad would use, after reading dyad.yaml, the
environment and the flags, as YAML that can serve as a dyad.yaml. The
password is shown as ********. An invalid configuration is printed too,
followed by its problems (exit code 2).`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.streams = commandStreams(cmd)
			lc, err := loadConfig(cmd.Flags(), g.configFile)
			if !lc.decoded {
				return err // the sources could not be read: nothing to show
			}
			if perr := runConfig(lc, *o); perr != nil {
				return perr
			}
			return err
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// runConfig prints the redacted configuration of lc on o.out.
func runConfig(lc loadedConfig, o configOptions) error {
	if lc.file != "" {
		fmt.Fprintf(o.out, "# configuration file: %s\n", lc.file)
	} else {
		fmt.Fprintln(o.out, "# no configuration file (dyad.yaml in . or the user config directory, or --config)")
	}
	from := lc.from
	if !o.origins {
		from = nil
	}
	return writeConfigYAML(o.out, lc.cfg.Redacted(), from)
}

// writeConfigYAML writes cfg as YAML with durations as text ("30s"), and,
// when from is given, a comment after each value naming its origin.
func writeConfigYAML(w io.Writer, cfg config.Config, from map[string]string) error {
	doc := configNode(reflect.ValueOf(cfg), "", from)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing configuration: %w", err)
	}
	return enc.Close()
}

func configNode(val reflect.Value, prefix string, from map[string]string) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	t := val.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name := f.Tag.Get("mapstructure")
		if name == "" || name == "-" {
			continue
		}
		key := prefix + name
		fv := val.Field(i)
		k := &yaml.Node{Kind: yaml.ScalarNode, Value: name}
		var n *yaml.Node
		switch {
		case f.Type.Kind() == reflect.Struct:
			n = configNode(fv, key+".", from)
		case f.Type == reflect.TypeFor[time.Duration]():
			n = &yaml.Node{Kind: yaml.ScalarNode, Value: fv.Interface().(time.Duration).String()}
		default:
			n = &yaml.Node{}
			if err := n.Encode(fv.Interface()); err != nil {
				n = &yaml.Node{Kind: yaml.ScalarNode, Value: fmt.Sprint(fv.Interface())}
			}
			if n.Kind == yaml.SequenceNode {
				n.Style = yaml.FlowStyle
			}
		}
		if o := from[key]; o != "" {
			// yaml.v3 prints a key's line comment after a scalar value, a
			// flow sequence's own after the sequence.
			if n.Kind == yaml.SequenceNode {
				n.LineComment = o
			} else {
				k.LineComment = o
			}
		}
		m.Content = append(m.Content, k, n)
	}
	return m
}
