package lint

import (
	"fmt"
	"sync"
)

// plan is the set of distinct paths to evaluate, split by walk (resolved at
// index 0, as written at index 1), with the active rules each path serves.
type plan struct {
	paths  [2][]*Path
	owners [2][][]int // path index -> indices into the active rules
}

var pathCache sync.Map // string -> *Path

// CompilePath is ParsePath with a process-wide cache, since the same given
// paths come back for every document linted.
func CompilePath(src string) (*Path, error) {
	if p, ok := pathCache.Load(src); ok {
		return p.(*Path), nil
	}
	p, err := ParsePath(src)
	if err != nil {
		return nil, err
	}
	pathCache.Store(src, p)
	return p, nil
}

func planPaths(active []*Rule, formats []Format) (*plan, error) {
	pl := &plan{}
	index := [2]map[string]int{{}, {}}
	for ri, r := range active {
		w := 0
		if !r.Resolved {
			w = 1
		}
		for gi, g := range r.Given {
			if gi < len(r.GivenFormats) && r.GivenFormats[gi] != nil && !formatsMatch(r.GivenFormats[gi], formats) {
				continue
			}
			p, err := CompilePath(g)
			if err != nil {
				return nil, fmt.Errorf("rule %s: given: %v", r.ID, err)
			}
			pi, ok := index[w][g]
			if !ok {
				pi = len(pl.paths[w])
				index[w][g] = pi
				pl.paths[w] = append(pl.paths[w], p)
				pl.owners[w] = append(pl.owners[w], nil)
			}
			if o := pl.owners[w][pi]; len(o) == 0 || o[len(o)-1] != ri {
				pl.owners[w][pi] = append(o, ri)
			}
		}
	}
	return pl, nil
}
