// Package cli wires sequere's commands with cobra. Commands parse flags into an
// options struct and call their capability; they hold no logic of their own.
package cli

import (
	"context"
	"time"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/iox"
)

// Factory is what every command gets: streams, a clock and the load options
// shared by all commands.
type Factory struct {
	IO    *iox.Streams
	Now   func() time.Time
	Color string // --color auto|always|never
	// AllowRemoteRefs is the global --allow-remote-refs.
	AllowRemoteRefs bool
	// RefRoot is the global --ref-root: the folder local $refs must stay in.
	RefRoot string
}

const exitCodeHelp = `Exit codes:
  0    clean: no findings or failures at or above the threshold
  1    findings or failures at or above the threshold (see --fail-severity, --fail-on)
  2    usage or input error (bad flag, unreadable or invalid spec)
  99   sequere load: a threshold failed (as k6)
  130  interrupted
`

// NewRootCmd builds the whole command tree.
func NewRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "sequere",
		Short: "The spec-driven API toolchain: lint, diff, mock, test, generate and document OpenAPI",
		Long: `sequere takes an OpenAPI document (2.0, 3.0 or 3.1) as the contract and does everything
around it. A spec argument may be a file, - for standard input, an http(s) URL, or a git
revision written REV:path (for example origin/main:api/openapi.yaml).

` + exitCodeHelp,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			switch f.Color {
			case "auto", "always", "never":
			default:
				return usageErrorf("--color must be auto, always or never, not %q", f.Color)
			}
			f.IO.SetColorMode(f.Color)
			return nil
		},
	}
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.Err)
	root.SetIn(f.IO.In)
	root.PersistentFlags().StringVar(&f.Color, "color", "auto", "colour output: auto, always or never (NO_COLOR is honoured)")
	root.PersistentFlags().BoolVar(&f.AllowRemoteRefs, "allow-remote-refs", false, "follow $refs to http(s) URLs")
	root.PersistentFlags().StringVar(&f.RefRoot, "ref-root", "", "let local $refs reach any file under `DIR` (default: the git work tree holding the spec, or its folder)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })

	root.AddCommand(
		newLintCmd(f),
		newDiffCmd(f),
		newChangelogCmd(f),
		newDocsCmd(f),
		newPostmanCmd(f),
		newMockCmd(f),
		newContractCmd(f),
		newLoadCmd(f),
		newGenerateCmd(f),
		newExampleCmd(f),
		newInspectCmd(f),
		newVersionCmd(f),
		newCompletionCmd(f),
	)
	return root
}

// Main runs sequere with args and returns the process exit code.
func Main(ctx context.Context, args []string, io *iox.Streams) int {
	f := &Factory{IO: io, Now: time.Now}
	root := NewRootCmd(f)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return finish(ctx, io, err)
}
