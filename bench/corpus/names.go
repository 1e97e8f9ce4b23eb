package corpus

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Syllable tables the names are built from. The combinations are
// synthetic: a test checks that no person of the development articles can
// be produced from them, so a benchmark never measures the extractor on a
// name it may have been tuned on.
var (
	// Vietnamese: family name, middle name, given name (with accents; the
	// French and English texts write them without, as the agencies do).
	vnFamily = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
		"Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Lâm", "Mai", "Trịnh", "Lương", "Hà", "Tạ",
		"Cao", "Chu", "Tô", "Kiều", "Quách"}
	vnMiddle = []string{"Văn", "Thị", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Xuân", "Ngọc", "Công",
		"Đình", "Quang", "Trọng", "Thế", "Hồng", "Bá", "Tiến", "Mạnh", "Việt", "Gia"}
	vnGiven = []string{"Hải", "Dũng", "Tuấn", "Long", "Thắng", "Phúc", "Nam", "Bình",
		"Khánh", "Hiếu", "Trung", "Vinh", "Toàn", "Thịnh", "Quý", "Hòa", "Định", "Tài", "Lộc",
		"Kiên", "Phong", "Quân", "Hoàn", "Chiến", "Tâm", "Tùng", "Hạnh", "Lan", "Hương", "Nga",
		"Thảo", "Yến", "Liên", "Hằng", "Duy", "Khải", "Luân", "Nghĩa", "Tín", "Triều", "Uy", "Vượng",
		"Xuyên", "Bảo", "Cảnh", "Điền", "Giang", "Hiển", "Kha", "Lực", "Nhân", "Oanh", "Phát"}

	// Khmer: family name first, then one or two given names.
	khFamily = []string{"Sok", "Chea", "Keo", "Prak", "Chhay", "Lim", "Meas", "Ouk", "Pich", "Seng",
		"Tep", "Vong", "Nhem", "Kong", "Sorn", "Yim", "Ros", "Mao", "Touch", "Nuon", "Khim", "Sao"}
	khGiven = []string{"Sophal", "Vanna", "Dara", "Rithy", "Sokha", "Pisey", "Bopha", "Kosal", "Narith",
		"Veasna", "Piseth", "Rathana", "Samnang", "Sovann", "Thida", "Visal", "Chanthou", "Sothea", "Vuthy",
		"Sokhom", "Kimsan", "Borey", "Chenda", "Nimol", "Phalla", "Sophea", "Vichet", "Sambath", "Bunthoeun",
		"Sothy", "Vannak", "Rotha", "Sarin", "Puthy", "Makara", "Sereyvuth"}

	// Lao: given name (two syllables) then family name (a syllable and an ending).
	laGivenA = []string{"Kham", "Boun", "Soun", "Thong", "Phet", "Vi", "Sou", "Chan", "Keo", "Som", "Dao", "Noy"}
	laGivenB = []string{"phet", "mee", "thone", "sy", "vanh", "lay", "ly", "phanh", "savanh", "khone", "deuane", "vong"}
	laFamA   = []string{"Phom", "Sisou", "Keo", "Vong", "Inthi", "Sai", "Chan", "Lat", "Douang", "Bouapha", "Siri", "Manivong"}
	laFamB   = []string{"savath", "sack", "vong", "phanh", "lath", "chanh", "thavy", "sombath", "kham", "sone"}

	// Thai: given name then family name, both of two syllables.
	thGivenA = []string{"Som", "Anan", "Pra", "Wit", "Kit", "Sak", "Nop", "Thep", "Sura", "Chai", "Wira", "Pong"}
	thGivenB = []string{"chai", "sak", "phon", "wat", "rat", "det", "kiat", "pong", "nan", "thon"}
	thFamA   = []string{"Wong", "Sri", "Boon", "Rattana", "Thong", "Suwan", "Chaiya", "Phrom", "Kaew", "Sombat"}
	thFamB   = []string{"sakul", "phan", "kul", "chai", "pradit", "wiwat", "siri", "sombun", "thawee", "rak"}
)

// nameSpace is how many distinct names a country's tables give.
func nameSpace(country string) int {
	switch country {
	case "VN":
		return len(vnFamily) * len(vnMiddle) * len(vnGiven)
	case "KH":
		return len(khFamily) * len(khGiven) * len(khGiven)
	case "LA":
		return len(laGivenA) * len(laGivenB) * len(laFamA) * len(laFamB)
	case "TH":
		return len(thGivenA) * len(thGivenB) * len(thFamA) * len(thFamB)
	}
	return 0
}

// nameOf builds the k-th name (0 <= k < nameSpace) of a country. Distinct
// k give distinct names; female reports a Vietnamese "Thị" middle name.
func nameOf(country string, k int) (name string, female bool) {
	digit := func(n int) int {
		d := k % n
		k /= n
		return d
	}
	switch country {
	case "VN":
		g, m, f := digit(len(vnGiven)), digit(len(vnMiddle)), digit(len(vnFamily))
		return vnFamily[f] + " " + vnMiddle[m] + " " + vnGiven[g], vnMiddle[m] == "Thị"
	case "KH":
		// The second given name is counted from the first, so it is never
		// the same word ("Sok Dara Dara"); the last value means none.
		f, g1, g2 := digit(len(khFamily)), digit(len(khGiven)), digit(len(khGiven))
		n := khFamily[f] + " " + khGiven[g1]
		if g2 < len(khGiven)-1 {
			n += " " + khGiven[(g1+1+g2)%len(khGiven)]
		}
		return n, false
	case "LA":
		a, b, c, d := digit(len(laGivenA)), digit(len(laGivenB)), digit(len(laFamA)), digit(len(laFamB))
		return laGivenA[a] + laGivenB[b] + " " + laFamA[c] + laFamB[d], false
	case "TH":
		a, b, c, d := digit(len(thGivenA)), digit(len(thGivenB)), digit(len(thFamA)), digit(len(thFamB))
		return thGivenA[a] + thGivenB[b] + " " + thFamA[c] + thFamB[d], false
	}
	return "", false
}

// asciiName writes a name without accents, as the French and English
// services of the Vietnamese agencies print Vietnamese names.
func asciiName(s string) string {
	s = strings.NewReplacer("đ", "d", "Đ", "D").Replace(s)
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// foldName is the comparison key of a name: no accents, lower case, single spaces.
func foldName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(asciiName(s)), " "))
}
