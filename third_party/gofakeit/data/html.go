package data

// Html consists of various html information
var Html map[string][]string

func loadHtml() {
	Html = map[string][]string{
		"svg":        {"rect", "circle", "ellipse", "line", "polyline", "polygon"},
		"input_name": {"title", "first_name", "last_name", "suffix", "address", "postal_code", "city", "state", "country", "date_of_birth", "card_number", "description", "message", "status"},
	}
}
