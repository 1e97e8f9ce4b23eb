package cookbook

import (
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// The loader's running counts ("_"-prefixed) are bookkeeping, not data a
// researcher should see in query output.
func TestNodeJSONHidesBookkeeping(t *testing.T) {
	n := dbtype.Node{Labels: []string{"Country"}, Props: map[string]any{
		"id": "country:VN", "name": "Vietnam", "_mentions": int64(12), "_country_values": []any{"VN"},
	}}
	props := nodeJSON(n)["properties"].(map[string]any)
	if _, ok := props["_mentions"]; ok {
		t.Errorf("hidden property shown: %v", props)
	}
	if _, ok := props["_country_values"]; ok {
		t.Errorf("hidden property shown: %v", props)
	}
	if props["name"] != "Vietnam" || props["id"] != "country:VN" {
		t.Errorf("data properties lost: %v", props)
	}
	if got := nodeJSON(dbtype.Node{})["properties"].(map[string]any); len(got) != 0 {
		t.Errorf("node without properties = %v; want {}", got)
	}
}
