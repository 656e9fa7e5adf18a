// Package templates holds sequere's code generation templates, embedded in the
// binary. `sequere generate --templates DIR` overrides any of them by file name:
// a template DIR lacks stays the embedded one, and a .tmpl file in DIR that
// names no embedded template is an error (a misspelt override would otherwise
// be ignored without a word).
//
// Templates are text/template files that receive a *sdkgen.API; the files
// under go-server/ render a Go server package (file name minus ".tmpl").
package templates

import "embed"

// FS holds every template set, one directory per target.
//
//go:embed go-server/*.tmpl go-client/*.tmpl typescript/*.tmpl python/*.tmpl
var FS embed.FS
