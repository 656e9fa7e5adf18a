package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/iox"
)

func TestGenerateServerFlags(t *testing.T) {
	t.Parallel()
	io, _, _ := iox.Test("")
	var got *GenerateOptions
	cmd := newGenerateServerCmd(&Factory{IO: io, Now: time.Now}, func(_ context.Context, o *GenerateOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"api.yaml", "--lang", "go", "-o", "out", "--package", "api", "--templates", "tpl"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	want := GenerateOptions{Spec: "api.yaml", Lang: "go", OutDir: "out", Package: "api", Templates: "tpl"}
	if *got != want {
		t.Errorf("options %+v, want %+v", *got, want)
	}
}

func TestGenerateServer(t *testing.T) {
	t.Parallel()
	small, err := filepath.Abs("../../testdata/sdkgen/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	override := t.TempDir()
	if err := os.WriteFile(filepath.Join(override, "models.go.tmpl"), []byte("// Custom models for {{.Title}}.\n\npackage {{.Package}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	misspelt := t.TempDir()
	if err := os.WriteFile(filepath.Join(misspelt, "model.go.tmpl"), []byte("package x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	swagger, err := filepath.Abs("../../testdata/sdkgen/edge/swagger2.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		// check runs in the working directory after a successful run.
		check func(t *testing.T, dir string)
	}{
		{"writes the package", []string{"generate", "server", "--lang", "go", small, "-o", "api"}, ExitOK, func(t *testing.T, dir string) {
			for _, f := range []string{"models.go", "router.go", "runtime.go", "schemas.json", "server.go", "validate.go"} {
				b, err := os.ReadFile(filepath.Join(dir, "api", f))
				if err != nil {
					t.Fatal(err)
				}
				if strings.HasSuffix(f, ".go") && !strings.Contains(string(b), "package api\n") {
					t.Errorf("%s is not in package api (named after the directory)", f)
				}
			}
		}},
		{"templates override by name", []string{"generate", "server", small, "-o", "out", "--package", "small", "--templates", override}, ExitOK, func(t *testing.T, dir string) {
			b, _ := os.ReadFile(filepath.Join(dir, "out", "models.go"))
			if !strings.HasPrefix(string(b), "// Custom models for Small.") {
				t.Errorf("models.go not from the override:\n%s", b)
			}
		}},
		{"other language", []string{"generate", "server", "--lang", "typescript", small, "-o", "out"}, ExitInput, nil},
		{"no output", []string{"generate", "server", small}, ExitInput, nil},
		{"bad package", []string{"generate", "server", small, "-o", "out", "--package", "func"}, ExitInput, nil},
		{"misspelt template", []string{"generate", "server", small, "-o", "out", "--templates", misspelt}, ExitInput, nil},
		{"swagger 2.0 is upgraded", []string{"generate", "server", swagger, "-o", "out"}, ExitOK, func(t *testing.T, dir string) {
			b, _ := os.ReadFile(filepath.Join(dir, "out", "server.go"))
			if !strings.Contains(string(b), "UploadPhoto(ctx context.Context, req UploadPhotoRequest)") {
				t.Errorf("server.go lacks the 2.0 operations:\n%.400s", b)
			}
		}},
		{"missing templates", []string{"generate", "server", small, "-o", "out", "--templates", "nowhere"}, ExitInput, nil},
		{"missing spec", []string{"generate", "server", "nowhere.yaml", "-o", "out"}, ExitInput, nil},
		{"client needs a language", []string{"generate", "client", small, "-o", "out"}, ExitInput, nil},
		{"client typescript", []string{"generate", "client", "--lang", "typescript", small, "-o", "out"}, ExitOK, nil},
		{"client python bad package", []string{"generate", "client", "--lang", "python", "--package", "not-valid", small, "-o", "out"}, ExitInput, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			io, _, errOut := iox.Test("")
			io.Dir = t.TempDir()
			if code := Main(context.Background(), tt.args, io); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, errOut)
			}
			if tt.check != nil {
				tt.check(t, io.Dir)
			}
		})
	}
}
