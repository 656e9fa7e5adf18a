package docs

import (
	"bytes"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// markdown renders CommonMark descriptions (GFM tables, strikethrough and
// autolinks, which API descriptions use) and sanitises the result: raw HTML
// in a description is allowed through goldmark only so that bluemonday, not
// the Markdown renderer, decides what survives.
type markdown struct {
	md     goldmark.Markdown
	policy *bluemonday.Policy
	buf    bytes.Buffer
}

func newMarkdown() *markdown {
	p := bluemonday.UGCPolicy()
	// Images would be requests leaving the page; only inline data is kept.
	p.AllowDataURIImages()
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	p.AllowAttrs("class").Matching(bluemonday.SpaceSeparatedTokens).OnElements("code", "pre", "span")
	return &markdown{
		md: goldmark.New(
			goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
			goldmark.WithRendererOptions(html.WithUnsafe()),
		),
		policy: p,
	}
}

// render returns sanitised HTML for a CommonMark text; "" for blank text.
func (m *markdown) render(text string) string {
	if strings.TrimSpace(text) == "" {
		return ""
	}
	m.buf.Reset()
	if err := m.md.Convert([]byte(text), &m.buf); err != nil {
		return "<p>" + esc(text) + "</p>"
	}
	out := m.policy.SanitizeBytes(m.buf.Bytes())
	return stripRemoteImages(string(out))
}

// stripRemoteImages drops <img> elements whose source is not inline data:
// the page makes no request of its own, and its CSP would block them anyway.
func stripRemoteImages(s string) string {
	if !strings.Contains(s, "<img") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "<img")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		tag := s[i : i+j+1]
		b.WriteString(s[:i])
		if strings.Contains(tag, `src="data:image/`) {
			b.WriteString(tag)
		} else if k := strings.Index(tag, `alt="`); k >= 0 {
			alt := tag[k+5:]
			if e := strings.IndexByte(alt, '"'); e >= 0 {
				b.WriteString("[" + alt[:e] + "]")
			}
		}
		s = s[i+j+1:]
	}
}
