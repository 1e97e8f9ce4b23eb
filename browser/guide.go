package browser

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/dyadgraph/dyad/cookbook"
	"github.com/dyadgraph/dyad/export"
)

// GuideQuery is one cookbook query as the guide shows it.
type GuideQuery struct {
	Query  cookbook.Query
	Params []string // ":param name => value;" lines setting the example's values
	Body   string   // the Cypher without its comment header
}

// Guide renders the cookbook as a Neo4j Browser guide: an HTML page of
// slides (article.guide > carousel > slide) that `:play URL` shows in
// Browser, one slide per query with its question, its parameters, a
// runnable block setting the example's parameters and the runnable query.
// It is also a plain page a web browser shows as the cookbook's listing.
func Guide(queries []cookbook.Query) ([]byte, error) {
	var items []GuideQuery
	for _, q := range queries {
		gq := GuideQuery{Query: q, Body: stripHeader(q.Cypher)}
		for _, p := range q.Params {
			value := "null"
			if s, ok := q.Example[p.Name]; ok {
				v, err := p.Convert(s)
				if err != nil {
					return nil, err
				}
				value = export.CypherValue(v)
			} else if p.HasDefault {
				v, err := p.Convert(p.Default)
				if err != nil {
					return nil, err
				}
				value = export.CypherValue(v)
			}
			gq.Params = append(gq.Params, ":param "+p.Name+" => "+value+";")
		}
		items = append(items, gq)
	}
	style, err := PostConnectCommand()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = guideTemplate.Execute(&b, struct {
		Queries []GuideQuery
		Style   string
	}{items, ":" + style})
	return b.Bytes(), err
}

// stripHeader drops the leading comment lines of a query file.
func stripHeader(cypher string) string {
	lines := strings.Split(cypher, "\n")
	i := 0
	for i < len(lines) && (strings.HasPrefix(strings.TrimSpace(lines[i]), "//") || strings.TrimSpace(lines[i]) == "") {
		i++
	}
	return strings.TrimRight(strings.Join(lines[i:], "\n"), "\n")
}

var guideTemplate = template.Must(template.New("guide").Funcs(template.FuncMap{
	"join": strings.Join,
}).Parse(`<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="generator" content="dyad browser package from cookbook/queries (go test ./browser -update); do not edit">
<title>dyad: a Cypher cookbook for bilateral relations</title>
</head>
<body>
<article class="guide">
  <carousel class="deck container-fluid">
    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>dyad cookbook</h3>
        <p class="lead">Research questions about bilateral relations, answered from the graph.</p>
      </div>
      <div class="col-sm-9">
        <p>Each slide is one query of dyad's cookbook: click the first block to set its
        parameters (<code>:param</code>), change the values if you like, run it, then click
        and run the query. The same queries run from the command line:
        <code>dyad query --list</code>, <code>dyad query NAME -p key=value</code>.</p>
        <p>Dates are Neo4j dates (<code>date('2023-12-31')</code>), countries ISO codes
        (<code>'VN'</code>, <code>'KH'</code>, <code>'LA'</code>); an optional parameter may be
        <code>null</code>. Events and agreements dated only to a month or a year count in a
        period when that month or year overlaps it.</p>
        <p>dyad's colours and captions, if Browser did not apply them when connecting:</p>
        <pre class="runnable">{{.Style}}</pre>
        <ul>
{{- range .Queries}}
          <li><b>{{.Query.Name}}</b>: {{.Query.Answers}}</li>
{{- end}}
        </ul>
      </div>
    </slide>
{{- range .Queries}}
    <slide class="row-fluid">
      <div class="col-sm-3">
        <h3>{{.Query.Name}}</h3>
        <p class="lead">{{.Query.Answers}}</p>
      </div>
      <div class="col-sm-9">
{{- if .Query.Params}}
        <ul>
{{- range .Query.Params}}
          <li><code>${{.Name}}</code> ({{.Spec}}): {{.Description}}</li>
{{- end}}
        </ul>
        <pre class="runnable">{{join .Params "\n"}}</pre>
{{- end}}
        <pre class="runnable">{{.Body}}</pre>
{{- range .Query.Notes}}
        <p><small>{{.}}</small></p>
{{- end}}
      </div>
    </slide>
{{- end}}
  </carousel>
</article>
</body>
</html>
`))
