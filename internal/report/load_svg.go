package report

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// plotLine is one series of a chart.
type plotLine struct {
	Name  string
	Color string
	Dash  bool
	X, Y  []float64
}

const (
	chartW, chartH = 860, 260
	padL, padR     = 64, 16
	padT, padB     = 16, 40
)

// niceStep picks a tick step of 1, 2 or 5 times a power of ten giving about
// n ticks over span.
func niceStep(span float64, n int) float64 {
	if span <= 0 || math.IsNaN(span) || math.IsInf(span, 0) {
		return 1
	}
	raw := span / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*mag {
			return m * mag
		}
	}
	return 10 * mag
}

func tickLabel(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.3f", v), "0"), ".")
}

// lineChart draws series as an inline SVG with axes, ticks and a legend.
// class names let the browser test find the plots.
func lineChart(id, title, xUnit, yUnit string, lines []plotLine, bars bool) string {
	maxX, maxY := 0.0, 0.0
	for _, l := range lines {
		for i := range l.X {
			maxX = math.Max(maxX, l.X[i])
			maxY = math.Max(maxY, l.Y[i])
		}
	}
	if maxX == 0 {
		maxX = 1
	}
	stepY := niceStep(maxY, 5)
	maxY = math.Max(stepY, math.Ceil(maxY/stepY)*stepY)
	stepX := niceStep(maxX, 10)
	pw, ph := float64(chartW-padL-padR), float64(chartH-padT-padB)
	px := func(x float64) float64 { return padL + x/maxX*pw }
	py := func(y float64) float64 { return padT + ph - y/maxY*ph }
	b := &strings.Builder{}
	fmt.Fprintf(b, `<svg id="%s" class="plot" role="img" aria-label="%s" viewBox="0 0 %d %d" width="100%%" xmlns="http://www.w3.org/2000/svg">`,
		id, html.EscapeString(title), chartW, chartH)
	for y := 0.0; y <= maxY+stepY/2; y += stepY {
		fmt.Fprintf(b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/>`, padL, chartW-padR, py(y), py(y))
		fmt.Fprintf(b, `<text x="%d" y="%.1f" class="tick" text-anchor="end">%s</text>`, padL-6, py(y)+4, tickLabel(y))
	}
	for x := 0.0; x <= maxX+stepX/2; x += stepX {
		fmt.Fprintf(b, `<text x="%.1f" y="%d" class="tick" text-anchor="middle">%s</text>`, px(x), chartH-padB+16, tickLabel(x))
	}
	fmt.Fprintf(b, `<text x="%d" y="%d" class="axis" text-anchor="middle">%s</text>`, padL+int(pw/2), chartH-4, html.EscapeString(xUnit))
	fmt.Fprintf(b, `<text x="12" y="%d" class="axis" transform="rotate(-90 12 %d)" text-anchor="middle">%s</text>`,
		padT+int(ph/2), padT+int(ph/2), html.EscapeString(yUnit))
	for li, l := range lines {
		if bars {
			w := math.Max(1, pw/float64(max(len(l.X), 1))*0.8)
			for i := range l.X {
				fmt.Fprintf(b, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s: %s</title></rect>`,
					px(l.X[i])-w/2, py(l.Y[i]), w, py(0)-py(l.Y[i]), l.Color, html.EscapeString(l.Name), tickLabel(l.Y[i]))
			}
			continue
		}
		pts := make([]string, len(l.X))
		for i := range l.X {
			pts[i] = fmt.Sprintf("%.1f,%.1f", px(l.X[i]), py(l.Y[i]))
		}
		dash := ""
		if l.Dash {
			dash = ` stroke-dasharray="5 4"`
		}
		fmt.Fprintf(b, `<polyline class="series" data-name="%s" fill="none" stroke="%s" stroke-width="1.8"%s points="%s"/>`,
			html.EscapeString(l.Name), l.Color, dash, strings.Join(pts, " "))
		lx := padL + 10 + (li%4)*190
		ly := padT + 12 + (li/4)*16
		fmt.Fprintf(b, `<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="%s" stroke-width="2"%s/><text x="%d" y="%d" class="legend">%s</text>`,
			lx, lx+18, ly-4, ly-4, l.Color, dash, lx+24, ly, html.EscapeString(l.Name))
	}
	b.WriteString(`<line x1="` + fmt.Sprint(padL) + `" x2="` + fmt.Sprint(padL) + `" y1="` + fmt.Sprint(padT) + `" y2="` + fmt.Sprintf("%.0f", py(0)) + `" class="axisline"/>`)
	b.WriteString("</svg>")
	return b.String()
}
