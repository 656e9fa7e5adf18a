package sdkgen

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestClientTemplatesOverride: for each client target, an override replaces
// the embedded template of its name and nothing else, and a broken override
// is an error naming the template and the line.
func TestClientTemplatesOverride(t *testing.T) {
	t.Parallel()
	doc := load(t, filepath.Join(repo, "testdata/sdkgen/stability/base.yaml"))
	for _, c := range []struct {
		lang, template, file string
	}{
		{"go", "README.md.tmpl", "README.md"},
		{"typescript", "package.json.tmpl", "package.json"},
		{"python", "pyproject.toml.tmpl", "pyproject.toml"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			t.Parallel()
			opts := ClientOptions{Package: "custom", Module: "example.test/custom", Version: "9.9.9"}
			plain, err := Client(doc, c.lang, opts)
			if err != nil {
				t.Fatal(err)
			}
			opts.Templates = fstest.MapFS{c.template: {Data: []byte("custom {{.Package}} {{.Version}}\n")}}
			custom, err := Client(doc, c.lang, opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(custom.Files) != len(plain.Files) {
				t.Fatalf("%d files with the override, %d without", len(custom.Files), len(plain.Files))
			}
			for i, f := range custom.Files {
				switch {
				case f.Name == c.file:
					if want := "custom custom 9.9.9\n"; string(f.Data) != want {
						t.Errorf("%s = %q, want %q", f.Name, f.Data, want)
					}
				case !bytes.Equal(f.Data, plain.Files[i].Data):
					t.Errorf("%s changed though only %s was overridden", f.Name, c.template)
				}
			}
			for _, broken := range []struct{ src, want string }{
				{"line one\n{{.Package}\n", c.template + ":2: "},                                           // does not parse
				{"line one\nline two\n{{.NoSuchField}}\n", c.template + ":3:2: executing \"" + c.template}, // does not execute
			} {
				opts.Templates = fstest.MapFS{c.template: {Data: []byte(broken.src)}}
				_, err := Client(doc, c.lang, opts)
				if err == nil || !strings.Contains(err.Error(), broken.want) {
					t.Errorf("override %q: error %v, want one containing %q", broken.src, err, broken.want)
				}
			}
		})
	}
}
