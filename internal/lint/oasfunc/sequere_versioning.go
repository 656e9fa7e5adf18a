package oasfunc

import (
	"regexp"
	"strings"
	"sync"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

var versionSegment = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)/v\d+(\.\d+)?(/|$)|/\d{4}-\d{2}-\d{2}(/|$)`) })

// Versioning (sequereVersioning): the API says how it is versioned, by a
// version segment in every server URL (or basePath), in every path, or by a
// version header or query parameter. The target is the root.
func Versioning(c lint.Call) []lint.Violation {
	root := target(c)
	var bases []string
	if bp := child(c.Doc, root, "basePath"); bp.n != nil {
		bases = append(bases, bp.n.Value)
	}
	if servers := child(c.Doc, root, "servers"); isSeq(servers.n) {
		for _, s := range servers.n.Content {
			if u := child(c.Doc, node{s, servers.file}, "url"); u.n != nil {
				bases = append(bases, u.n.Value)
			}
		}
	}
	if len(bases) > 0 && all(bases, versionSegment().MatchString) {
		return nil
	}
	var paths []string
	each(child(c.Doc, root, "paths").n, func(k, _ *yaml.Node) { paths = append(paths, k.Value) })
	if len(paths) > 0 && all(paths, versionSegment().MatchString) {
		return nil
	}
	for _, o := range operations(c.Doc, child(c.Doc, root, "paths")) {
		for _, in := range []string{"header", "query"} {
			for _, n := range paramNames(c, o.node, o.item, in) {
				if strings.Contains(n, "version") {
					return nil
				}
			}
		}
	}
	return []lint.Violation{{Message: "no versioning strategy: put the version in the server URL or paths (/v1) or take a version header"}}
}

func all(list []string, ok func(string) bool) bool {
	for _, s := range list {
		if !ok(s) {
			return false
		}
	}
	return true
}
