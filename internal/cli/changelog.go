package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the changelog capability lands; it refuses to run rather than pretend.
func newChangelogCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:    "changelog",
		Short:  "(changelog is not built yet)",
		Hidden: true,
		RunE: func(*cobra.Command, []string) error {
			return usageError{errors.New("sequere changelog is not available in this build yet")}
		},
	}
}
