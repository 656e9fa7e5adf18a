package spec

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/spec/hostile"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	if err := hostile.WriteFiles(dir, files); err != nil {
		t.Fatal(err)
	}
}

func specRefing(ref string) string {
	return "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: '" + ref + "'\n"
}

const secret = "type: string\ndescription: secret\n"

// Local $refs stay inside the root: the entry's folder here (no git tree),
// through "..", an absolute path or a symlink; --ref-root widens it.
func TestRefsStayInsideTheRoot(t *testing.T) {
	t.Parallel()
	base := t.TempDir()
	outside := filepath.Join(base, "secret.yaml")
	writeFiles(t, base, map[string]string{
		"secret.yaml":             secret,
		"api/inside.yaml":         specRefing("schemas/a.yaml"),
		"api/schemas/a.yaml":      "type: object\nproperties:\n  b: {$ref: 'b.yaml'}\n",
		"api/schemas/b.yaml":      "type: string\n",
		"api/dotdot.yaml":         specRefing("../secret.yaml"),
		"api/absolute.yaml":       specRefing(outside),
		"api/symlink.yaml":        specRefing("link.yaml"),
		"api/deep.yaml":           specRefing("schemas/up.yaml"),
		"api/schemas/up.yaml":     "type: object\nproperties:\n  s: {$ref: '../../secret.yaml'}\n",
		"api/example-data.yaml":   specRefing("schemas/ex.yaml"),
		"api/schemas/ex.yaml":     "type: string\nexample: {$ref: '../../secret.yaml'}\n",
		"api/extension-data.yaml": specRefing("schemas/ext.yaml"),
		"api/schemas/ext.yaml":    "type: string\nx-data: {$ref: '../../secret.yaml'}\n",
	})
	if err := os.Symlink(outside, filepath.Join(base, "api", "link.yaml")); err != nil {
		t.Fatal(err)
	}
	api := filepath.Join(base, "api")
	tests := []struct {
		name, entry, refRoot string
		wantLoc              string // "" when the load must succeed
		wantMsg              string
	}{
		{"inside", "inside.yaml", "", "", ""},
		{"dotdot", "dotdot.yaml", "", "dotdot.yaml:7:13", "it reaches " + outside + ", outside the ref root " + api},
		{"absolute", "absolute.yaml", "", "absolute.yaml:7:13", "outside the ref root " + api},
		{"symlink", "symlink.yaml", "", "symlink.yaml:7:13", "(a symlink to " + outside + ")"},
		{"from a referenced file", "deep.yaml", "", filepath.Join("schemas", "up.yaml") + ":3:13", "outside the ref root"},
		{"example data of a multi-file spec", "example-data.yaml", "", filepath.Join("schemas", "ex.yaml") + ":2:17", "outside the ref root"},
		{"extension data is not followed", "extension-data.yaml", "", "", ""},
		{"ref-root widens", "dotdot.yaml", base, "", ""},
		{"ref-root widens symlinks", "symlink.yaml", base, "", ""},
		{"ref-root named in the error", "dotdot.yaml", filepath.Join(base, "api", "schemas"), "dotdot.yaml:7:13", "set by --ref-root"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entry := filepath.Join(api, tt.entry)
			_, err := Load(context.Background(), entry, Options{RefRoot: tt.refRoot})
			if tt.wantLoc == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("a ref outside the root was followed")
			}
			if !IsInputError(err) || !strings.HasPrefix(err.Error(), filepath.Join(api, tt.wantLoc)+": ") || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Fatalf("error %q\nwant at %s with %q", err, filepath.Join(api, tt.wantLoc), tt.wantMsg)
			}
		})
	}
}

// The root is the git work tree holding the entry when there is one, so a
// ref to a sibling folder of the spec's folder is followed.
func TestRefRootIsTheGitWorkTree(t *testing.T) {
	t.Parallel()
	repo := t.TempDir()
	writeFiles(t, repo, map[string]string{
		".git":                "gitdir: elsewhere\n", // a worktree's .git file
		"api/openapi.yaml":    specRefing("../common/a.yaml"),
		"common/a.yaml":       "type: string\n",
		"api/v2/openapi.yaml": specRefing("../../../outside.yaml"),
	})
	if _, err := Load(context.Background(), filepath.Join(repo, "api", "openapi.yaml"), Options{}); err != nil {
		t.Fatalf("a ref inside the work tree was refused: %v", err)
	}
	_, err := Load(context.Background(), filepath.Join(repo, "api", "v2", "openapi.yaml"), Options{})
	if err == nil || !strings.Contains(err.Error(), "outside the ref root "+repo+" ") {
		t.Fatalf("error %v, want the work tree %s named", err, repo)
	}
}

// A single-file description gives libopenapi no file access, so a $ref in
// example data (which Load does not follow) is not read behind its back.
func TestLibopenapiReadsNoFileOfASingleFileSpec(t *testing.T) {
	t.Parallel()
	base := t.TempDir()
	writeFiles(t, base, map[string]string{
		"secret.yaml": secret,
		"api/openapi.yaml": "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n" +
			"          content:\n            application/json:\n              schema: {type: string}\n              example: {$ref: '../secret.yaml'}\n",
	})
	d, err := Load(context.Background(), filepath.Join(base, "api", "openapi.yaml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := d.V3() // libopenapi may say the ref does not resolve; it must not read it
	if m == nil {
		return
	}
	for _, idx := range m.Index.GetRolodex().GetIndexes() {
		t.Errorf("libopenapi read %s", idx.GetSpecAbsolutePath())
	}
}
