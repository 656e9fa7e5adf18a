package diff

import (
	"testing"

	"github.com/sequere/sequere/internal/report"
)

func TestLaw(t *testing.T) {
	t.Parallel()
	tests := []struct {
		dir  Direction
		eff  Effect
		g    Guard
		want report.Severity
	}{
		{Request, Narrows, 0, report.Error},
		{Request, Widens, 0, report.Info},
		{Response, Widens, 0, report.Error},
		{Response, Narrows, 0, report.Info},
		{Request, Incomparable, 0, report.Error},
		{Response, Incomparable, 0, report.Error},
		{Request, Undecidable, 0, report.Warn},
		{Response, Undecidable, 0, report.Warn},
		{Request, Neutral, 0, report.Info},
		{Response, Neutral, 0, report.Info},
		{Request, Narrows, ReadOnly, report.Info},
		{Response, Widens, WriteOnly, report.Info},
		{Response, Widens, NonSuccess, report.Info},
		{Response, Widens, OpenObject, report.Info},
		{Response, Widens, Negotiated, report.Info},
		{Request, Narrows, Retired, report.Info},
		{Response, Widens, Subscribed, report.Info},
		{Request, Incomparable, ReadOnly, report.Info},
	}
	for _, tt := range tests {
		if got := Level(tt.dir, tt.eff, tt.g); got != tt.want {
			t.Errorf("Level(%s, %s, %q) = %s, want %s", tt.dir, tt.eff, tt.g, got, tt.want)
		}
	}
}

// Every check's level comes from the law: a check whose effect is Neutral
// must never be an error, and ids are kebab-case and unique.
func TestCatalogue(t *testing.T) {
	t.Parallel()
	for _, c := range Checks() {
		for _, r := range c.ID {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Errorf("check id %q is not kebab-case", c.ID)
				break
			}
		}
		if len(c.Dirs) == 0 || c.Summary == "" {
			t.Errorf("check %s has no direction or summary", c.ID)
		}
		if c.Effect == Neutral {
			for _, d := range c.Dirs {
				if Level(d, c.Effect, 0) != report.Info {
					t.Errorf("neutral check %s is not info", c.ID)
				}
			}
		}
	}
}
