package diff

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/sequere/sequere/internal/spec"
)

var templateVar = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{[^}/]*\}`) })

// pathShape is a path template with its variable names erased, so that
// /users/{id} and /users/{userId} are one endpoint.
func pathShape(p string) string { return templateVar().ReplaceAllString(p, "{}") }

type pathEntry struct {
	path string
	key  nref // the key node under paths
	item nref // dereferenced path item
	ptr  []string
}

func pathsOf(d *spec.Document) (map[string]*pathEntry, []string) {
	root := nref{d.Root, d.Name}
	paths := root.get("paths")
	byShape := map[string]*pathEntry{}
	var order []string
	mapEntries(paths.n, func(k string, key, v *node) {
		if strings.HasPrefix(k, "x-") {
			return
		}
		item, _ := follow(d, nref{v, d.Name}, nil)
		s := pathShape(k)
		if _, dup := byShape[s]; !dup {
			order = append(order, s)
		}
		byShape[s] = &pathEntry{path: k, key: nref{key, d.Name}, item: item, ptr: []string{"paths", k}}
	})
	return byShape, order
}

func (c *comparer) compareEndpoints(doc *group) error {
	bp, border := pathsOf(c.b)
	rp, rorder := pathsOf(c.r)
	rpaths := nref{c.r.Root, c.r.Name}.get("paths")
	if rpaths.n == nil {
		rpaths = nref{c.r.Root, c.r.Name}
	}
	for _, s := range border {
		if err := c.ctx.Err(); err != nil {
			return err
		}
		b := bp[s]
		r := rp[s]
		for _, m := range spec.Methods {
			bo := b.item.get(m)
			if bo.n == nil {
				continue
			}
			ep := strings.ToUpper(m) + " " + b.path
			if r == nil || r.item.get(m).n == nil {
				g := &group{}
				parent := rpaths
				if r != nil {
					parent = r.item
				}
				c.endpointRemoved(g, bo, parent, join(b.ptr, m), ep)
				c.collect(g, ep, map[*group]bool{})
				continue
			}
			ro := r.item.get(m)
			ep = strings.ToUpper(m) + " " + r.path
			g := &group{}
			c.compareOperation(g, b, r, bo, ro, join(r.ptr, m), ep)
			c.collect(g, ep, map[*group]bool{})
		}
		if r != nil && (b.item.get("servers").n != nil || r.item.get("servers").n != nil) {
			c.comparePathServers(b, r)
		}
	}
	for _, s := range rorder {
		r := rp[s]
		b := bp[s]
		for _, m := range spec.Methods {
			ro := r.item.get(m)
			if ro.n == nil || (b != nil && b.item.get(m).n != nil) {
				continue
			}
			ep := strings.ToUpper(m) + " " + r.path
			g := &group{}
			c.add(g, "endpoint-added", Request, 0, at{rev: ro, path: join(r.ptr, m)}, ep+" was added")
			c.collect(g, ep, map[*group]bool{})
		}
	}
	return nil
}

func (c *comparer) endpointRemoved(g *group, bo, parent nref, p []string, ep string) {
	var guard Guard
	msg := ep + " was removed"
	if bo.isTrue("deprecated") {
		sunset, ok := sunsetOf(bo)
		switch {
		case !ok:
			msg += " (it was deprecated, without an x-sunset date)"
			guard = Retired
		case c.opts.Now.IsZero() || !c.opts.Now.Before(sunset):
			msg += fmt.Sprintf(" after its sunset date %s", sunset.Format(dateLayout))
			guard = Retired
		default:
			msg += fmt.Sprintf(" before its sunset date %s", sunset.Format(dateLayout))
		}
	} else {
		msg += " without being deprecated first"
	}
	c.add(g, "endpoint-removed", Request, guard, at{rev: parent, base: bo, path: p}, msg)
}

func (c *comparer) compareOperation(g *group, bp, rp *pathEntry, bo, ro nref, p []string, ep string) {
	c.compareLifecycle(g, bo, ro, p, ep)
	switch b, r := bo.str("operationId"), ro.str("operationId"); {
	case b == r:
	case b == "":
		c.add(g, "operation-id-added", Request, 0, at{rev: ro.get("operationId"), path: join(p, "operationId")},
			fmt.Sprintf("%s: operationId %q was added", ep, r))
	case r == "":
		c.add(g, "operation-id-removed", Request, 0, at{rev: ro, base: bo.get("operationId"), path: join(p, "operationId")},
			fmt.Sprintf("%s: operationId %q was removed", ep, b))
	default:
		c.add(g, "operation-id-changed", Request, 0, at{rev: ro.get("operationId"), base: bo.get("operationId"), path: join(p, "operationId")},
			fmt.Sprintf("%s: operationId changed from %q to %q", ep, b, r))
	}
	if bo.str("summary") != ro.str("summary") || bo.str("description") != ro.str("description") {
		c.add(g, "operation-summary-changed", Request, 0, at{rev: ro, base: bo, path: p}, ep+": summary or description changed")
	}
	bt, rt := scalarSet(bo.get("tags").n), scalarSet(ro.get("tags").n)
	for _, t := range rt.order {
		if !bt.has[t] {
			c.add(g, "operation-tag-added", Request, 0, at{rev: ro.get("tags"), path: join(p, "tags")}, fmt.Sprintf("%s: tag %q added", ep, t))
		}
	}
	for _, t := range bt.order {
		if !rt.has[t] {
			c.add(g, "operation-tag-removed", Request, 0, at{rev: ro, base: bo.get("tags"), path: join(p, "tags")}, fmt.Sprintf("%s: tag %q removed", ep, t))
		}
	}
	c.compareParameters(g, bp, rp, bo, ro, p, ep)
	c.compareRequestBody(g, bo, ro, p, ep)
	c.compareResponses(g, bo, ro, p, ep)
	c.compareSecurity(g, bo, ro, p, ep)
	c.compareCallbacks(g, bo, ro, p, ep)
	if bo.get("servers").n != nil || ro.get("servers").n != nil {
		c.compareServers(g, []nref{bo, bp.item}, []nref{ro, rp.item}, join(p, "servers"), ep)
	}
}

// comparePathServers compares path-level servers once per path item and
// attributes the changes to its operations that do not override them.
func (c *comparer) comparePathServers(b, r *pathEntry) {
	g := &group{}
	c.compareServers(g, []nref{b.item}, []nref{r.item}, join(r.ptr, "servers"), "path "+r.path)
	for _, m := range spec.Methods {
		ro, bo := r.item.get(m), b.item.get(m)
		if ro.n != nil && bo.n != nil && ro.get("servers").n == nil && bo.get("servers").n == nil {
			c.collect(g, strings.ToUpper(m)+" "+r.path, map[*group]bool{})
		}
	}
}
