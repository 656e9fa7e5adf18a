package diff

import (
	"fmt"
	"time"
)

const dateLayout = "2006-01-02"

// sunsetOf reads x-sunset (a date or an RFC 3339 time), the extension oasdiff
// and the Sunset header RFC 8594 practice use for the end of a deprecation.
func sunsetOf(n nref) (time.Time, bool) {
	s := n.str("x-sunset")
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{dateLayout, time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// stability ranks x-stability-level; unknown or absent means stable, the
// level an undeclared endpoint is promised at. x-beta: true (the older
// extension some specs use) is beta when no level is given.
func stability(n nref) (int, string) {
	s := n.str("x-stability-level")
	if s == "" && n.isTrue("x-beta") {
		s = "beta"
	}
	switch s {
	case "draft":
		return 0, s
	case "alpha":
		return 1, s
	case "beta":
		return 2, s
	case "", "stable":
		return 3, "stable"
	default:
		return 3, s
	}
}

func (c *comparer) minSunsetDays(ro nref) int {
	if lvl, _ := stability(ro); lvl < 3 {
		return c.opts.MinSunsetDaysBeta
	}
	return c.opts.MinSunsetDaysStable
}

func (c *comparer) compareLifecycle(g *group, bo, ro nref, p []string, ep string) {
	bdep, rdep := bo.isTrue("deprecated"), ro.isTrue("deprecated")
	switch {
	case !bdep && rdep:
		msg := ep + " was deprecated"
		if sunset, ok := sunsetOf(ro); ok {
			msg += ", sunset " + sunset.Format(dateLayout)
		}
		c.add(g, "endpoint-deprecated", Request, 0, at{rev: ro.get("deprecated"), base: bo, path: join(p, "deprecated")}, msg)
		c.checkNotice(g, bo, ro, ro, p, "endpoint", ep)
	case bdep && !rdep:
		c.add(g, "endpoint-undeprecated", Request, 0, at{rev: ro, base: bo.get("deprecated"), path: p}, ep+" is no longer deprecated")
	case bdep && rdep:
		c.compareSunsets(g, bo, ro, p, "endpoint", ep)
	}
	bl, bname := stability(bo)
	rl, rname := stability(ro)
	switch {
	case rl < bl:
		c.add(g, "endpoint-stability-decreased", Request, 0, at{rev: ro.get("x-stability-level"), base: bo.get("x-stability-level"), path: join(p, "x-stability-level")},
			fmt.Sprintf("%s: stability went down from %s to %s", ep, bname, rname))
	case rl > bl:
		c.add(g, "endpoint-stability-increased", Request, 0, at{rev: ro.get("x-stability-level"), base: bo.get("x-stability-level"), path: join(p, "x-stability-level")},
			fmt.Sprintf("%s: stability went up from %s to %s", ep, bname, rname))
	}
}

// checkNotice applies the minimum-notice policy to a fresh deprecation of
// what (an endpoint or a parameter) whose revision node is rn; levelNode
// carries the stability level that decides which minimum applies.
func (c *comparer) checkNotice(g *group, bn, rn, levelNode nref, p []string, what, subject string) {
	sunset, ok := sunsetOf(rn)
	min := c.minSunsetDays(levelNode)
	if !ok || min <= 0 || c.opts.Now.IsZero() {
		return
	}
	if days := int(sunset.Sub(c.opts.Now).Hours() / 24); days < min {
		_, lvl := stability(levelNode)
		c.add(g, what+"-sunset-too-soon", Request, 0, at{rev: rn.get("x-sunset"), base: bn, path: join(p, "x-sunset")},
			fmt.Sprintf("%s: sunset %s is %d days away; a %s %s needs at least %d days of notice", subject, sunset.Format(dateLayout), days, lvl, what, min))
	}
}

// compareSunsets judges the sunset date of something deprecated on both
// sides. Deleting the date is judged as moving it earlier: what is
// deprecated without a date may be removed at any time (endpointRemoved and
// the property and parameter removals treat it as retired), so the promised
// notice is withdrawn.
func (c *comparer) compareSunsets(g *group, bn, rn nref, p []string, what, subject string) {
	bs, bok := sunsetOf(bn)
	if !bok {
		return
	}
	rs, rok := sunsetOf(rn)
	switch {
	case rok && rs.Before(bs):
		c.add(g, what+"-sunset-earlier", Request, 0, at{rev: rn.get("x-sunset"), base: bn.get("x-sunset"), path: join(p, "x-sunset")},
			fmt.Sprintf("%s: sunset moved earlier, from %s to %s", subject, bs.Format(dateLayout), rs.Format(dateLayout)))
	case !rok && rn.get("x-sunset").n == nil:
		c.add(g, what+"-sunset-deleted", Request, 0, at{rev: rn, base: bn.get("x-sunset"), path: join(p, "x-sunset")},
			fmt.Sprintf("%s: x-sunset %s was removed while still deprecated: it may now be removed without notice", subject, bs.Format(dateLayout)))
	}
}
