package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// GraphML writes g as GraphML (http://graphml.graphdrawing.org/), which
// Gephi, yEd, Cytoscape, NetworkX and igraph read.
//
// Every property becomes a <data> attribute declared once by a <key> with
// its type (string, long, double, boolean); dates are ISO text and lists
// are joined with "; " since GraphML has no list type. Nodes also get
// "labels" (their Neo4j label) and "label" (their name, title or id: the
// caption Gephi and yEd show); edges get "label", their relationship type.
// XML ids are generated (n0, n1, ..., e0, ...) because dyad ids contain
// characters XML ids cannot; the dyad id is the "id" attribute.
func GraphML(w io.Writer, g *Graph) error {
	if err := g.Check(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	nodeKeys := graphmlKeys(g.Nodes, func(n Node) map[string]any { return n.Props }, "node", "n")
	edgeKeys := graphmlKeys(g.Rels, func(r Rel) map[string]any { return r.Props }, "edge", "e")
	// The extra attributes, declared first.
	nodeExtra := []graphmlKey{{id: "labels", name: "labels", typ: "string", for_: "node"}, {id: "label", name: "label", typ: "string", for_: "node"}}
	edgeExtra := []graphmlKey{{id: "type", name: "label", typ: "string", for_: "edge"}}

	fmt.Fprintln(bw, `<?xml version="1.0" encoding="UTF-8"?>`)
	fmt.Fprintln(bw, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`)
	for _, k := range append(append(nodeExtra, nodeKeys.list...), append(edgeExtra, edgeKeys.list...)...) {
		fmt.Fprintf(bw, `  <key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", k.id, k.for_, xmlAttr(k.name), k.typ)
	}
	fmt.Fprintln(bw, `  <graph id="dyad" edgedefault="directed">`)
	xmlID := make(map[Key]string, len(g.Nodes))
	for i, n := range g.Nodes {
		id := fmt.Sprintf("n%d", i)
		xmlID[Key{n.Label, n.ID}] = id
		fmt.Fprintf(bw, `    <node id="%s">`+"\n", id)
		writeData(bw, "labels", n.Label)
		writeData(bw, "label", nodeCaption(n))
		for _, k := range nodeKeys.list {
			if v, ok := n.Props[k.name]; ok {
				writeData(bw, k.id, graphmlValue(v, k.typ))
			}
		}
		fmt.Fprintln(bw, "    </node>")
	}
	for i, r := range g.Rels {
		fmt.Fprintf(bw, `    <edge id="e%d" source="%s" target="%s">`+"\n", i, xmlID[r.From], xmlID[r.To])
		writeData(bw, "type", r.Type)
		for _, k := range edgeKeys.list {
			if v, ok := r.Props[k.name]; ok {
				writeData(bw, k.id, graphmlValue(v, k.typ))
			}
		}
		fmt.Fprintln(bw, "    </edge>")
	}
	fmt.Fprintln(bw, "  </graph>")
	fmt.Fprintln(bw, "</graphml>")
	return bw.Flush()
}

type graphmlKey struct {
	id, name, typ, for_ string
}

type graphmlKeySet struct{ list []graphmlKey }

// graphmlKeys declares one key per property name, typed by its values: long
// when every value is an integer, double when every value is a number,
// boolean when every value is one, string otherwise.
func graphmlKeys[T any](items []T, props func(T) map[string]any, for_, idPrefix string) graphmlKeySet {
	var set graphmlKeySet
	for i, name := range propNames(items, props) {
		typ := ""
		for _, it := range items {
			v, ok := props(it)[name]
			if !ok {
				continue
			}
			typ = widen(typ, scalarKind(v))
		}
		set.list = append(set.list, graphmlKey{id: fmt.Sprintf("%s%d", idPrefix, i), name: name, typ: typ, for_: for_})
	}
	return set
}

// scalarKind is the GraphML type of one value.
func scalarKind(v any) string {
	switch v.(type) {
	case int64, int:
		return "long"
	case float64:
		return "double"
	case bool:
		return "boolean"
	}
	return "string"
}

// widen merges two value kinds into one that holds both.
func widen(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case (a == "long" && b == "double") || (a == "double" && b == "long"):
		return "double"
	}
	return "string"
}

func graphmlValue(v any, typ string) string {
	if typ == "double" {
		if n, ok := v.(int64); ok {
			return fmt.Sprintf("%d.0", n)
		}
	}
	return text(v)
}

func writeData(w io.Writer, key, value string) {
	fmt.Fprintf(w, `      <data key="%s">`, key)
	_ = xml.EscapeText(w, []byte(value))
	fmt.Fprintln(w, "</data>")
}

func xmlAttr(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// nodeCaption is what names a node for people: name, title or id.
func nodeCaption(n Node) string {
	for _, k := range []string{"name", "title"} {
		if s, ok := n.Props[k].(string); ok && s != "" {
			return s
		}
	}
	return n.ID
}
