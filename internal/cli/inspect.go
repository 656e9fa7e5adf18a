package cli

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/spec"
)

type inspectOptions struct {
	JSON bool
}

// inspectSummary is what `sequere inspect` prints: enough to see that a spec
// loads and what it holds, and a whole-process measure of the loader alone.
type inspectSummary struct {
	Name       string   `json:"name"`
	OpenAPI    string   `json:"openapi"`
	Files      int      `json:"files"`
	Paths      int      `json:"paths"`
	Operations int      `json:"operations"`
	Schemas    int      `json:"schemas"`
	FileNames  []string `json:"fileNames,omitempty"`
}

func newInspectCmd(f *Factory) *cobra.Command {
	var opts inspectOptions
	cmd := &cobra.Command{
		Use:   "inspect SPEC",
		Short: "Load a spec and print its version, files, paths, operations and schemas",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			doc, err := f.loadSpec(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			s := inspectSummary{
				Name: doc.Name, OpenAPI: doc.VersionString, Files: len(doc.Files()),
				Operations: len(doc.Operations()), Schemas: len(doc.Schemas()),
			}
			if paths := spec.MapGet(doc.Root, "paths"); paths != nil {
				s.Paths = len(paths.Content) / 2
			}
			if opts.JSON {
				s.FileNames = doc.Files()
				enc := json.NewEncoder(f.IO.Out)
				enc.SetIndent("", "  ")
				return enc.Encode(s)
			}
			fmt.Fprintf(f.IO.Out, "%s: OpenAPI %s, %d file(s), %d paths, %d operations, %d schemas\n",
				s.Name, s.OpenAPI, s.Files, s.Paths, s.Operations, s.Schemas)
			return nil
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the summary as JSON, with the list of files")
	return cmd
}
