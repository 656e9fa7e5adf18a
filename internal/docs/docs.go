// Package docs writes an API reference from a description: self-contained
// HTML pages (styles, script and search index inline, readable without
// script, no request of their own) and, in package postman, collections.
package docs

import (
	"context"
	"fmt"

	"github.com/sequere/sequere/internal/spec"
)

// Options tune a build. The zero value builds one page.
type Options struct {
	// Split writes one page per tag, a schemas page and an index.
	Split bool
	// TryItURL is offered first among the servers try-it sends to.
	TryItURL string
	// Changelog is Markdown rendered as the changelog section (or page).
	Changelog string
	// LiveReload is the path of a server-sent event stream whose messages
	// reload the page; empty leaves live reload out.
	LiveReload string
}

// Page is one written file: Name is relative ("index.html").
type Page struct {
	Name string
	HTML []byte
}

// Build writes the pages of doc's reference. Swagger 2.0 is read through its
// 3.0 upgrade. It never panics: a failure inside is returned as an error.
func Build(ctx context.Context, doc *spec.Document, opts Options) (pages []Page, err error) {
	defer func() {
		if p := recover(); p != nil {
			pages, err = nil, fmt.Errorf("docs: internal failure on %s: %v", doc.Name, p)
		}
	}()
	return buildPages(ctx, doc, opts)
}

// buildPages is Build without the recovery, for the fuzz target to see panics.
func buildPages(ctx context.Context, doc *spec.Document, opts Options) ([]Page, error) {
	if doc.Version == spec.V20 {
		var err error
		if doc, err = doc.UpgradeToV3(ctx); err != nil {
			return nil, err
		}
	}
	b := newBuilder(doc, &opts)
	if !opts.Split {
		return []Page{b.single()}, nil
	}
	return b.split(), nil
}
