package export

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// text renders a property value as plain text: dates in ISO form, lists
// joined with "; ".
func text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case dbtype.Date:
		return time.Time(x).Format(time.DateOnly)
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case []string:
		return strings.Join(x, "; ")
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = text(e)
		}
		return strings.Join(parts, "; ")
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

// finite reports whether a float can be written as a number literal.
func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
