package spec

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@t", "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const gitEntry = `openapi: 3.0.3
info: {title: git, version: "1"}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: schemas/pet.yaml
`

// TestGitRevisionInput reads a multi-file spec from an older revision: the
// relative $ref must resolve inside that revision, not in the working tree.
func TestGitRevisionInput(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git(t, dir, "init", "-q", "-b", "main")
	writeFile(t, filepath.Join(dir, "api/openapi.yaml"), gitEntry)
	writeFile(t, filepath.Join(dir, "api/schemas/pet.yaml"), "type: object\nproperties:\n  name: {type: string}\n")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "v1")
	writeFile(t, filepath.Join(dir, "api/schemas/pet.yaml"), "type: object\nproperties:\n  name: {type: integer}\n  age: {type: integer}\n")
	git(t, dir, "commit", "-q", "-am", "v2")

	d, err := Load(context.Background(), "HEAD~1:api/openapi.yaml", Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	n, file, err := d.At("/paths/~1pets/get/responses/200/content/application~1json/schema/properties/name/type")
	if err != nil {
		t.Fatal(err)
	}
	if n.Value != "string" || file != "HEAD~1:api/schemas/pet.yaml" {
		t.Errorf("got %q from %s; want the revision's string type from HEAD~1:api/schemas/pet.yaml", n.Value, file)
	}
	if loc := d.Locate("/info/title"); loc.String() != "HEAD~1:api/openapi.yaml:2:15" {
		t.Errorf("Locate = %v", loc)
	}

	_, err = Load(context.Background(), "nosuchrev:api/openapi.yaml", Options{Dir: dir})
	if err == nil || !strings.Contains(err.Error(), `git revision "nosuchrev" not found`) || !strings.Contains(err.Error(), "git fetch") {
		t.Errorf("missing revision error = %v", err)
	}
	_, err = Load(context.Background(), "HEAD:api/missing.yaml", Options{Dir: dir})
	if err == nil || !strings.Contains(err.Error(), "does not exist in revision HEAD") {
		t.Errorf("missing path error = %v", err)
	}

	// A shallow clone lacks HEAD~1: the error must say which fetch is needed.
	clone := t.TempDir()
	git(t, clone, "clone", "-q", "--depth", "1", "file://"+dir, "c")
	_, err = Load(context.Background(), "HEAD~1:api/openapi.yaml", Options{Dir: filepath.Join(clone, "c")})
	if err == nil || !strings.Contains(err.Error(), "shallow clone") || !strings.Contains(err.Error(), "git fetch --deepen") {
		t.Errorf("shallow clone error = %v", err)
	}
}
