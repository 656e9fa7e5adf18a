package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/docs"
)

// PostmanOptions are the parsed flags of `sequere postman`.
type PostmanOptions struct {
	Spec, Output, BaseURL string
}

func newPostmanCmd(f *Factory) *cobra.Command {
	o := &PostmanOptions{}
	cmd := &cobra.Command{
		Use:   "postman SPEC",
		Short: "Write a Postman Collection v2.1 (folders per tag, examples, auth, {{baseUrl}})",
		Long: `postman writes SPEC as a Postman Collection v2.1: a folder per tag, a request per operation
with example parameters and body, the documented examples as saved responses, auth from the
security schemes (one collection variable per credential) and {{baseUrl}}. Each request has
a test that the status is one the operation documents, so newman can run it against
sequere mock or a real server.`,
		Example: `  sequere postman api.yaml -o collection.json
  newman run collection.json --env-var baseUrl=http://127.0.0.1:4010`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Spec = args[0]
			return runPostman(cmd.Context(), f, o)
		},
	}
	cmd.Flags().StringVarP(&o.Output, "output", "o", "-", "output file; - is stdout")
	cmd.Flags().StringVar(&o.BaseURL, "base-url", "", "default value of {{baseUrl}} (default: the first server)")
	return cmd
}

func runPostman(ctx context.Context, f *Factory, o *PostmanOptions) error {
	doc, err := f.loadSpec(ctx, o.Spec)
	if err != nil {
		return err
	}
	out, err := docs.Postman(ctx, doc, docs.PostmanOptions{BaseURL: o.BaseURL})
	if err != nil {
		return err
	}
	out = append(out, '\n')
	if o.Output == "-" {
		_, err := f.IO.Out.Write(out)
		return err
	}
	if err := os.WriteFile(o.Output, out, 0o644); err != nil {
		return InputError(fmt.Errorf("cannot write %s: %w", o.Output, err))
	}
	fmt.Fprintf(f.IO.Err, "sequere postman: wrote %s (%s)\n", o.Output, humanBytes(len(out)))
	return nil
}
