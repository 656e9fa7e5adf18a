package oasfunc

import (
	"runtime"
	"strings"
	"sync"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// docCache keeps values derived from one Document (its $ref set, its compiled
// example schemas) so that many calls of a rule on one document pay once. An
// entry goes away when its Document is collected.
type docCache struct {
	mu sync.Mutex
	m  map[cacheKey]*cacheEntry
}

type cacheKey struct {
	doc  *spec.Document
	name string
}

type cacheEntry struct {
	once sync.Once
	v    any
}

var cache = docCache{m: map[cacheKey]*cacheEntry{}}

// memo returns build()'s result for (doc, name), building it at most once.
func memo[T any](doc *spec.Document, name string, build func() T) T {
	k := cacheKey{doc, name}
	cache.mu.Lock()
	e := cache.m[k]
	if e == nil {
		e = &cacheEntry{}
		cache.m[k] = e
		runtime.AddCleanup(doc, func(k cacheKey) {
			cache.mu.Lock()
			delete(cache.m, k)
			cache.mu.Unlock()
		}, cacheKey{nil, name})
	}
	cache.mu.Unlock()
	e.once.Do(func() { e.v = build() })
	return e.v.(T)
}

// refKey is the target of a $ref: the file and the unescaped JSON pointer.
type refKey struct {
	file, pointer string
}

// refsOf is the set of every $ref target in every file of the description.
func refsOf(d *spec.Document) map[refKey]bool {
	return memo(d, "refs", func() map[refKey]bool {
		out := map[refKey]bool{}
		for _, name := range d.Files() {
			f := d.File(name)
			if f == nil {
				continue
			}
			collectRefTargets(d, name, f.Root, out)
		}
		return out
	})
}

func collectRefTargets(d *spec.Document, file string, n *yaml.Node, out map[refKey]bool) {
	if n == nil {
		return
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k, v := n.Content[i], n.Content[i+1]; k.Value == "$ref" && v.Kind == yaml.ScalarNode {
				addRefTarget(d, file, v.Value, out)
				continue
			}
			collectRefTargets(d, file, n.Content[i+1], out)
		}
		return
	}
	for _, c := range n.Content {
		collectRefTargets(d, file, c, out)
	}
}

func addRefTarget(d *spec.Document, file, ref string, out map[refKey]bool) {
	target, frag, _ := strings.Cut(ref, "#")
	if target != "" {
		// An external ref: let the loader say which file it lands in.
		_, f, err := d.ResolveRef(file, target+"#")
		if err != nil {
			return
		}
		file = f
	}
	out[refKey{file, unescapePointer(frag)}] = true
}

// unescapePointer decodes a JSON pointer (percent and ~ escapes) but keeps
// its slashes, so it can be compared with a pointer built from names.
func unescapePointer(p string) string {
	segs := spec.PointerSegments(p)
	if len(segs) == 0 {
		return ""
	}
	return "/" + strings.Join(segs, "/")
}
