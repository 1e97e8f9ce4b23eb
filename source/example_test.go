package source_test

import (
	"fmt"
	"strings"

	"github.com/dyadgraph/dyad/source"
)

func ExampleHTMLText() {
	page := `<!DOCTYPE html>
<html lang="fr">
<head>
  <title>Accord signé – Le Journal</title>
  <meta property="article:published_time" content="2023-12-01T09:30:00+07:00">
  <script>track("page")</script>
</head>
<body>
  <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
  <article>
    <h1>Accord signé</h1>
    <p>Hanoï, 1er décembre – Le Vietnam et la France ont signé un accord.</p>
    <p>Il entre en vigueur en janvier.</p>
  </article>
  <footer>© Le Journal</footer>
</body>
</html>`
	doc, err := source.HTMLText(strings.NewReader(page), "https://journal.example/accord")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.Published, doc.Lang)
	fmt.Println(doc.Text)
	// Output:
	// Accord signé
	// 2023-12-01 fr
	// Hanoï, 1er décembre – Le Vietnam et la France ont signé un accord.
	//
	// Il entre en vigueur en janvier.
}
