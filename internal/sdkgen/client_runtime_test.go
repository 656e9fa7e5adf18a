package sdkgen

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// runtimeTest reads one of the target-language unit tests of the generated
// runtimes in testdata/sdkgen/runtime.
func runtimeTest(t *testing.T, name string) File {
	return repoFile(t, "testdata/sdkgen/runtime", name)
}

// repoFile reads dir/name of the repository as a File named name, to be
// written beside a generated SDK.
func repoFile(t *testing.T, dir, name string) File {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repo, dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return File{Name: name, Data: data}
}

// TestTypeScriptRuntime compiles a generated TypeScript SDK and runs the
// runtime's unit tests under node against loopback servers: backoff (capped,
// jittered, Retry-After, idempotent methods or a key only, off switch), OAuth2
// token caching and the single refresh on 401, the SSE parser at every chunk
// boundary and RFC 8288 Link parsing.
func TestTypeScriptRuntime(t *testing.T) {
	tsc := toolchain(t, "SEQUERE_TSC", "typescript's tsc")
	node := toolchain(t, "SEQUERE_NODE", "node")
	t.Parallel()
	root := t.TempDir()
	writeTree(t, root, generateClient(t, "testdata/sdkgen/torture/openapi.yaml", "typescript", "torture").Files)
	writeTree(t, root, []File{runtimeTest(t, "runtime_test.mjs")})
	run(t, root, append(tsc, "-p", "tsconfig.json")...)
	run(t, root, append(node, "runtime_test.mjs")...)
}

// TestPythonRuntime runs the same runtime unit tests for the generated Python
// SDK, its sync and async transports, under python3 against loopback servers.
func TestPythonRuntime(t *testing.T) {
	python := toolchain(t, "SEQUERE_PYTHON", "python3 with httpx")
	t.Parallel()
	root := t.TempDir()
	writeTree(t, root, generateClient(t, "testdata/sdkgen/torture/openapi.yaml", "python", "torture").Files)
	writeTree(t, root, []File{runtimeTest(t, "runtime_test.py")})
	run(t, root, append(python, "runtime_test.py")...)
}

// TestGoRuntime runs the Go runtime's unit tests inside a generated client
// package (go test, loopback httptest servers): RFC 8288 Link parsing, the SSE
// parser at every chunk boundary, Retry-After, capped jittered backoff, which
// statuses and methods retry, idempotency keys across retries, off switches.
func TestGoRuntime(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go toolchain")
	}
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, genGoClient(t, filepath.Join(repo, "testdata/sdkgen/torture/openapi.yaml"), "example.test/api").Files)
	writeTree(t, dir, []File{runtimeTest(t, "runtime_internal_test.go")})
	cmd := exec.Command("go", "test", "-count=1", "-run", "^Test(NextLink|EventStream|RetryAfter|Backoff|Retries)", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go test: %v\n%s", err, out)
	}
}
