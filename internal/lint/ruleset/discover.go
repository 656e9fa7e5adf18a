package ruleset

import (
	"os"
	"path/filepath"
)

// DiscoveryNames are the ruleset files looked for in the working directory,
// in order.
var DiscoveryNames = []string{".spectral.yaml", ".spectral.yml", ".spectral.json", "sequere.yaml"}

// Discover returns the first ruleset file found in dir ("" is the current
// directory), or "" when there is none.
func Discover(dir string) string {
	for _, n := range DiscoveryNames {
		p := filepath.Join(dir, n)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
	}
	return ""
}
