package extract

import (
	"strings"

	"github.com/dyadgraph/dyad/extract/fold"
)

// isCurrencyWord: the names of currencies that a demonym or a country's
// name qualifies ("dollars américains", "US dollars", "yen japonais"): the
// money, not the country (folded forms). A switch: asked at every country.
func isCurrencyWord(w string) bool {
	switch w {
	case "dollar", "dollars", "yen", "yens", "yuan", "yuans", "euro", "euros", "baht", "ringgit", "rupiah", "riel", "riels",
		"peso", "pesos", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees":
		return true
	}
	return false
}

// isPeninsulaWord: a country's name or demonym next to these names a region
// ("bán đảo Triều Tiên", "Korean Peninsula", "Indian Ocean"), not the country.
func isPeninsulaWord(w string) bool {
	return w == "peninsula" || w == "peninsule" || w == "ocean"
}

// americas: words before it that make "America" a continent, not the United States
// ("South American", "Latin America", "Amérique latine", "Mỹ Latinh",
// "Nam Mỹ", "châu Mỹ").
var americas = map[string]bool{"south": true, "north": true, "latin": true, "central": true, "sud": true, "nord": true,
	"nam": true, "bac": true, "chau": true}

// regionAt: the country word at [i, i+n) is part of a region's name.
func regionAt(toks []tok, i, n int) bool {
	if t := &toks[i]; n == 1 && (strings.HasPrefix(t.Fold, "americ") || t.Lower == "mỹ") {
		if i > 0 && americas[toks[i-1].Fold] || i+1 < len(toks) && (toks[i+1].Fold == "latine" || toks[i+1].Fold == "latinh") {
			return true
		}
		if i+2 < len(toks) && toks[i+1].Fold == "du" && (toks[i+2].Fold == "sud" || toks[i+2].Fold == "nord") {
			return true // "Amérique du Sud"
		}
	}
	if i > 1 && toks[i-2].Lower == "bán" && toks[i-1].Lower == "đảo" {
		return true
	}
	if i > 0 && isPeninsulaWord(toks[i-1].Fold) {
		return true
	}
	return i+n < len(toks) && isPeninsulaWord(toks[i+n].Fold)
}

// currencyAt: the country word at [i, i+n) names a currency ("dollars
// américains", "đô la Mỹ", "Australian dollars", "US dollars").
func currencyAt(toks []tok, i, n int, adj bool) bool {
	if i > 0 && isCurrencyWord(toks[i-1].Fold) && !toks[i-1].Cap {
		return true
	}
	if i > 1 && toks[i-2].Lower == "đô" && toks[i-1].Lower == "la" {
		return true
	}
	if j := i + n; j < len(toks) && !toks[j].Cap && isCurrencyWord(toks[j].Fold) {
		// a country's name only before dollars: "Korea won" is a verb
		return adj || toks[j].Fold == "dollar" || toks[j].Fold == "dollars"
	}
	return false
}

// oceanAt: "Dương" right after a place's or a country's name makes an
// ocean's name in Vietnamese ("Thái Bình Dương", "Ấn Độ Dương"), unless a
// name goes on after it: "Sở Ngoại vụ Quảng Ninh Dương Văn Hải" is a person.
func oceanAt(toks []tok, j int) bool {
	return j < len(toks) && toks[j].Cap && toks[j].Lower == "dương" && !toks[j].Glued &&
		!(j+1 < len(toks) && toks[j+1].Cap && toks[j+1].Kind == fold.Word)
}
