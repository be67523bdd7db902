package report

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
)

// The page's scripts and style, embedded so that the page is one file and
// go build needs no npm. vendor.js is rebuilt by assets/build-vendor.sh.
var (
	//go:embed assets/vendor.js
	vendorJS string
	//go:embed assets/i18n.js
	i18nJS string
	//go:embed assets/app.js
	appJS string
	//go:embed assets/app.css
	appCSS string
)

// Write writes the page: one self-contained HTML file holding the data as
// JSON, the drawing library, the app and its style. It loads nothing: a
// Content-Security-Policy allows only the page's own inline scripts and
// style (by their sha256 hashes) and images from data: and blob: URLs,
// and forbids every connection, so it works from file:// and makes no
// request.
func Write(w io.Writer, d *Data) error {
	if d == nil {
		return fmt.Errorf("report: no data")
	}
	var data bytes.Buffer
	enc := json.NewEncoder(&data)
	// SetEscapeHTML (the default) writes <, > and & as \u003c, \u003e and
	// \u0026, so no value can close the script element holding the data.
	enc.SetEscapeHTML(true)
	if err := enc.Encode(d); err != nil {
		return fmt.Errorf("report: %v", err)
	}
	scripts := []string{newlines(vendorJS), newlines(i18nJS), newlines(appJS)}
	css := newlines(appCSS)
	for _, s := range scripts {
		if err := scriptSafe(s); err != nil {
			return err
		}
	}
	if strings.Contains(strings.ToLower(css), "</style") {
		return fmt.Errorf("report: the style contains \"</style\"")
	}
	csp := strings.Join([]string{
		"default-src 'none'",
		"script-src " + hash(scripts[0]) + " " + hash(scripts[1]) + " " + hash(scripts[2]),
		"style-src " + hash(css),
		"img-src data: blob:",
		"font-src data:",
		"connect-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
	}, "; ")
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(&b, "<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">\n", html.EscapeString(csp))
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"referrer\" content=\"no-referrer\">\n")
	fmt.Fprintf(&b, "<meta name=\"generator\" content=\"kg report, data schema %d\">\n", d.Version)
	fmt.Fprintf(&b, "<title>%s</title>\n", html.EscapeString(d.Title))
	// Cytoscape.js adds a style element of its own unless one with this id
	// exists (the policy would block it); app.css holds its one rule.
	b.WriteString("<style id=\"__________cytoscape_stylesheet\">" + css + "</style>\n</head>\n<body>\n")
	b.WriteString("<noscript>This report needs JavaScript: it draws the graph in the page, offline.</noscript>\n")
	b.WriteString("<div id=\"app\"></div>\n")
	b.WriteString("<script type=\"application/json\" id=\"kg-data\">")
	b.Write(bytes.TrimRight(data.Bytes(), "\n"))
	b.WriteString("</script>\n")
	for _, s := range scripts {
		b.WriteString("<script>" + s + "</script>\n")
	}
	b.WriteString("</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// hash is a script's or style's CSP source: 'sha256-<base64 of the digest
// of its exact text>'.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// newlines turns CR LF and lone CR into LF, as the HTML parser does to
// the text of an element before the browser hashes it for the policy.
func newlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// scriptSafe checks that an inline script cannot end its element early or
// switch the HTML parser into its escaped state.
func scriptSafe(s string) error {
	l := strings.ToLower(s)
	for _, bad := range []string{"</script", "<!--", "<script"} {
		if strings.Contains(l, bad) {
			return fmt.Errorf("report: an embedded script contains %q", bad)
		}
	}
	return nil
}
