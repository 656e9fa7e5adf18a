// Package sdktest finds the TypeScript and Python toolchains that tests
// compile generated SDKs with. .ci/setup.d/sdk-toolchains.sh installs them and
// prints the environment variables; without them a test skips locally and
// fails under CI=true, so a CI run never passes by skipping.
package sdktest

import (
	"os"
	"strings"
	"testing"
)

// Toolchain is the command line the environment variable env names
// (SEQUERE_TSC, SEQUERE_NODE, SEQUERE_PYTHON, SEQUERE_MYPY); what says what
// is missing when it is unset.
func Toolchain(t testing.TB, env, what string) []string {
	t.Helper()
	v := strings.Fields(os.Getenv(env))
	if len(v) == 0 {
		msg := env + " is not set: " + what + " is needed (bash .ci/setup.d/sdk-toolchains.sh installs it and prints the export)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return v
}

// MypyArgs is mypy --strict with the shared cache directory when
// SEQUERE_MYPY_CACHE names one (a cold mypy run costs minutes on this machine).
func MypyArgs(t testing.TB) []string {
	t.Helper()
	args := append(Toolchain(t, "SEQUERE_MYPY", "mypy"), "--strict")
	if cache := os.Getenv("SEQUERE_MYPY_CACHE"); cache != "" {
		args = append(args, "--cache-dir", cache)
	}
	return args
}
