package cli

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// BuildInfo is the module version and VCS revision recorded by the Go toolchain.
func BuildInfo() (version, commit string, dirty bool) {
	version, commit = "(devel)", "unknown"
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return
	}
	if info.Main.Version != "" {
		version = info.Main.Version
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	return
}

func newVersionCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the sequere version and the commit it was built from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v, c, dirty := BuildInfo()
			suffix := ""
			if dirty {
				suffix = " (modified)"
			}
			fmt.Fprintf(f.IO.Out, "sequere %s\ncommit %s%s\n", v, c, suffix)
			return nil
		},
	}
}
