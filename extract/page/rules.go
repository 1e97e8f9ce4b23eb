package page

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cutMarkers are lines after which a page shows other stories or
// comments, never more of the article: "Voir plus", "Tin khác", "Related".
var cutMarkers = set(
	// French
	"voir plus", "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également",
	"sur le même sujet", "sur le meme sujet", "articles liés", "articles similaires", "articles connexes",
	"dans la même rubrique", "dans la meme rubrique", "les plus lus", "plus lus", "les plus populaires",
	"dernières nouvelles", "dernières infos", "dernières actualités", "autres actualités", "autres articles",
	"commentaires", "commentaire", "réagir", "laisser un commentaire", "votre commentaire",
	"ajouter un commentaire", "mots-clés", "mots clés", "voir aussi", "nos dernières vidéos",
	// Vietnamese
	"tin khác", "các tin khác", "xem thêm", "tin liên quan", "bài liên quan", "tin bài liên quan",
	"bài viết liên quan", "tin tức liên quan", "tin cùng chuyên mục", "tin cùng chủ đề", "cùng chuyên mục",
	"tin mới", "tin mới nhất", "tin mới cập nhật", "mới nhất", "đọc nhiều", "đọc nhiều nhất", "tin đọc nhiều",
	"tin nổi bật", "có thể bạn quan tâm", "bạn có thể quan tâm", "bình luận", "ý kiến bạn đọc", "gửi bình luận",
	"viết bình luận", "từ khóa", "từ khoá", "tin đã đưa", "xem tiếp", "video đang được quan tâm",
	// English
	"related", "related news", "related articles", "related stories", "related posts", "related content",
	"latest", "latest news", "popular", "most popular", "most read", "most viewed", "more news", "more stories",
	"read more", "see also", "also read", "read also", "you may also like", "you might also like",
	"recommended", "recommended for you", "comments", "comment", "leave a comment", "post a comment",
	"add a comment", "keywords", "tags", "topics", "other news", "trending", "editor's picks",
	"related coverage", "related topics", "related reading", "more coverage", "further reading", "more on this story",
)

// chromeWords make up share bars, menus and language switches. A short
// line of nothing but these is page furniture.
var chromeWords = set(
	"share", "shares", "partager", "partagez", "chia", "sẻ", "tweet", "facebook", "twitter", "x", "email",
	"e-mail", "mail", "print", "imprimer", "in", "subscribe", "s'abonner", "abonnez-vous", "newsletter",
	"follow", "us", "suivez-nous", "suivez", "nous", "theo", "dõi", "like", "zalo", "copy", "link", "copier",
	"le", "lien", "sao", "chép", "lưu", "bookmark", "google", "news", "telegram", "linkedin", "whatsapp",
	"messenger", "pinterest", "reddit", "youtube", "tiktok", "instagram", "rss", "menu", "home", "accueil",
	"trang", "chủ", "search", "rechercher", "tìm", "kiếm", "login", "connexion", "đăng", "nhập", "ký",
	"register", "english", "français", "tiếng", "việt", "español", "中文", "русский", "top", "back", "retour",
	"haut", "a", "aa", "a+", "a-", "+", "-", "|", "•", "·", "/", "gửi", "bài", "cỡ", "chữ", "font", "size",
	"tweeter", "envoyer", "send", "vk", "sms", "bản", "viết", "this", "article", "cet", "article", "bài",
	"post", "on", "sur", "lên",
)

// siteNames are banners: a line holding only one is never article text.
var siteNames = set(
	"vietnamplus", "vietnam+", "vietnam+ (vietnamplus)", "le courrier du vietnam", "courrier du vietnam",
	"báo công luận", "công luận", "congluan.vn", "vov", "vov.vn", "vov world", "vovworld", "baomoi", "báo mới",
	"baomoi.com", "nhân dân", "báo nhân dân", "nhandan.vn", "vietnam news agency", "thông tấn xã việt nam",
	"agence kampuchea presse", "vientiane times", "khmer times", "vietnam news", "vietnamnews",
	"xinhua", "lao news agency", "kpl", "tuổi trẻ", "thanh niên", "vnexpress", "dân trí", "vietnamnet",
	"quân đội nhân dân", "hanoi times", "sài gòn giải phóng", "tin tức", "báo tin tức", "baotintuc.vn",
	"vnanet", "vnanet.vn", "the star", "en.vietnamplus.vn", "fr.vietnamplus.vn", "lecourrier.vn",
	"agence vietnamienne d'information", "vietnam pictorial", "le petit journal", "cambodge mag",
)

// agencies sign articles and photos: "-VNA", "Lê Tuyết/VOV", "(TTXVN)".
var agencies = set(
	"vna", "ttxvn", "vov", "akp", "kpl", "clo", "vnp", "vns", "vnplus", "vietnamplus", "vietnam+", "xinhua",
	"afp", "reuters", "ap", "sputnik", "ndo", "qđnd", "qdnd", "tass", "ria", "kyodo", "yonhap", "bernama",
	"antara", "pna", "tna", "ttxvn/vietnam+", "vna/vnp", "baoquocte.vn", "vov.vn", "nhandan.vn", "tttxvn",
	"vnanet", "cpv", "cvn", "vnews", "dangcongsan.vn", "pv", "ctv", "nhóm pv", "rédaction", "vtv", "vtc", "sggp", "tto", "tn", "vnexpress", "dân trí", "lpnews",
)

// creditWords introduce a photo credit: "Photo: VNA", "Ảnh: X/TTXVN".
var creditWords = set("photo", "photos", "ảnh", "nguồn", "source", "sources", "crédit", "credit",
	"crédits", "credits", "image", "images", "illustration", "minh họa", "minh hoạ", "photo credit",
	"crédit photo", "photo d'illustration", "ảnh minh họa", "ảnh minh hoạ", "source photo")

// bylineStarts open a signature or byline line.
var bylineStarts = []string{"par ", "by ", "theo ", "nguồn:", "nguồn :", "source:", "source :", "sources:",
	"texte:", "texte :", "auteur:", "auteur :", "bài:", "bài :", "bài và ảnh:", "bài, ảnh:", "tác giả:",
	"(theo ", "reporter:", "written by ", "reported by "}

// metaWords fill publication lines around their date: labels, clock
// times and comment counters ("Thứ ba, 04/04/2023 17:43 PM - 0 Trả lời").
var metaWords = set("cập", "nhật", "đăng", "ngày", "lúc", "giờ", "published", "updated", "posted",
	"on", "at", "le", "à", "publié", "mis", "jour", "modifié", "par", "by", "bởi", "trả", "lời",
	"comment", "comments", "bình", "luận", "commentaire", "commentaires", "views", "lượt", "xem", "vues",
	"gmt", "utc", "am", "pm", "sa", "ch", "h", "ict", "min", "read", "lecture", "phút", "đọc", "date",
	"time", "heure", "giờ", "ngày", "and", "et", "last", "modified", "update", "mise")

// isCutMarker reports a line that ends the article.
func isCutMarker(key string) bool {
	if key == "" {
		return false
	}
	key = strings.TrimRight(key, " :：»›>")
	if cutMarkers[key] {
		return true
	}
	// With a counter: "Bình luận (0)", "Comments (3)", "0 comments".
	if i := strings.LastIndexByte(key, '('); i > 0 && strings.HasSuffix(key, ")") && allDigits(key[i+1:len(key)-1]) {
		return cutMarkers[strings.TrimSpace(key[:i])]
	}
	if i := strings.IndexByte(key, ' '); i > 0 && allDigits(key[:i]) {
		return cutMarkers[key[i+1:]]
	}
	return false
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isChrome reports a short line of nothing but furniture words or a bare
// site name.
func isChrome(key string) bool {
	if key == "" {
		return false
	}
	if siteNames[key] {
		return true
	}
	// Most lines open with a word no menu has: answered without the iterator.
	if w, ok := firstASCIIWord(key); ok && !chromeWords[strings.TrimRight(w, ":")] {
		return false
	}
	words := 0
	for w := range strings.FieldsFuncSeq(key, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '•' || r == '·' }) {
		if words++; words > 8 {
			return false
		}
		if !chromeWords[strings.TrimRight(w, ":")] {
			return false
		}
	}
	return words > 0 || !hasLetter(key)
}

// firstASCIIWord returns the first word of isChrome's split of key when
// it opens key and is ASCII; ok is false for any other key.
func firstASCIIWord(key string) (w string, ok bool) {
	for i := 0; i < len(key); i++ {
		switch c := key[i]; {
		case c >= utf8.RuneSelf:
			return "", false
		case asciiSpace[c] || c == '|':
			return key[:i], i > 0
		}
	}
	return key, key != ""
}

// isMenuBar reports a site's menu: four or more short items between bars
// and nothing else ("Thời sự | Thế giới | Kinh doanh | Pháp luật").
func isMenuBar(line string) bool {
	if len(line) > 200 || strings.Count(line, "|") < 3 {
		return false
	}
	for _, item := range strings.Split(line, "|") {
		item = strings.TrimSpace(item)
		if item == "" || len(strings.Fields(item)) > 3 {
			return false
		}
		for _, r := range item {
			if unicode.IsDigit(r) || r == ':' || r == '.' || r == ',' {
				return false // a bar of metadata: "Source: Xinhua | 2025-03-25 | Editor: desk"
			}
		}
	}
	return true
}

// isBreadcrumb reports a navigation trail: "Accueil > Politique",
// "Trang chủ / Chính trị / Đối ngoại".
func isBreadcrumb(line string) bool {
	if len(line) > 120 {
		return false
	}
	if !mayHaveCrumbSep(line) {
		return false
	}
	for _, sep := range []string{" > ", " » ", " › ", " / ", " → "} {
		if !strings.Contains(line, sep) {
			continue // one part only: spare the split
		}
		parts := strings.Split(line, sep)
		ok := true
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if p == "" || len(strings.Fields(p)) > 4 || strings.ContainsAny(p, ".,;:!?") {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// mayHaveCrumbSep reports a space followed by what may start a separator
// of isBreadcrumb: '>', '/', or the lead byte of '»', '›', '→'. It reads
// eight bytes at a time, each load overlapping the last by one byte for
// every pair of neighbours to lie inside one load.
func mayHaveCrumbSep(line string) bool {
	i := 0
	for ; i+8 <= len(line); i += 7 {
		x := load64(line[i : i+8])
		seps := bytesEqual(x, '>') | bytesEqual(x, '/') | bytesEqual(x, 0xC2) | bytesEqual(x, 0xE2)
		if bytesEqual(x, ' ')<<8&seps != 0 { // a space, then a separator in the next byte
			return true
		}
	}
	for ; i+1 < len(line); i++ {
		if line[i] == ' ' {
			switch line[i+1] {
			case '>', '/', 0xC2, 0xE2:
				return true
			}
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isAgency reports an agency signature: "VNA", "-VNA", "(TTXVN)", "– AKP",
// "CVN/VNA", "TTXVN/Vietnam+".
func isAgency(s string) bool {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "-–—()[]. "))
	if s == "" || len(s) > 40 {
		return false
	}
	k := lowerKey(s)
	if agencies[k] {
		return true
	}
	if !strings.Contains(k, "/") {
		return false
	}
	for _, part := range strings.Split(k, "/") {
		if !agencies[strings.TrimSpace(part)] {
			return false
		}
	}
	return true
}

// isUpperWord reports an all-capitals token of letters (VNA, TTXVN).
func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			if r == '.' || r == '+' || unicode.IsDigit(r) {
				continue
			}
			return false
		}
		n++
	}
	return n >= 2
}

// isSignature reports a short line that signs the article: an agency
// ("VNA"), a byline ("Par C. Nika", "Lê Tuyết/VOV", "Phúc Hằng (TTXVN)"),
// initials ("N.H") or a bare "./.".
func isSignature(line string, nameOK bool) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 80 {
		return false
	}
	if !hasLetter(line) {
		return len(line) <= 6 // "./.", "-", "***"
	}
	if isAgency(line) {
		return true
	}
	key := lowerKey(line)
	for _, b := range bylineStarts {
		if strings.HasPrefix(key, b) {
			rest := strings.TrimSpace(line[min(len(b), len(line)):])
			ws := strings.Fields(rest)
			if strings.HasSuffix(b, ":") || len(ws) > 0 && len(ws) <= 6 && capitalised(ws, "") {
				return true
			}
		}
	}
	words := strings.Fields(line)
	if len(words) > 6 {
		return false
	}
	// Initials: N.H, T.L., H.A
	if len(line) <= 10 && len(words) == 1 && strings.Contains(line, ".") {
		initials := true
		for _, r := range line {
			if !(unicode.IsUpper(r) || r == '.') {
				initials = false
			}
		}
		if initials {
			return true
		}
	}
	last := words[len(words)-1]
	// Name/AGENCY, Name (AGENCY), Name - AGENCY
	if i := strings.LastIndexByte(last, '/'); i >= 0 && (isUpperWord(last[i+1:]) || isAgency(last[i+1:])) && capitalised(words[:len(words)-1], last[:i]) {
		return true
	}
	if strings.HasPrefix(last, "(") && strings.HasSuffix(last, ")") && (isUpperWord(last[1:len(last)-1]) || isAgency(last)) && capitalised(words[:len(words)-1], "") {
		return true
	}
	if len(words) >= 2 && (words[len(words)-2] == "-" || words[len(words)-2] == "–") && (isUpperWord(last) || isAgency(last)) && capitalised(words[:len(words)-2], "") {
		return true
	}
	// A bare name (Thu Hà): only where the caller knows it closes the article.
	if nameOK && len(words) >= 2 && len(words) <= 4 && capitalised(words, "") && !strings.ContainsAny(line, ".:!?,;\"«»“”") {
		return true
	}
	return false
}

// capitalised reports whether every word (and extra, when not empty)
// starts with an upper-case letter, as a person's name does.
func capitalised(words []string, extra string) bool {
	if extra != "" {
		words = append(append([]string{}, words...), extra)
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// hasBylineStart reports a byline that opens a line (Par X, By X, Bài: X).
// lonelyName reports a line that is only a person's name, two to four
// capitalised words ("Sok Chanmony", "Nguyễn Thu Hà", "Mary-Ann O'Neil"):
// on a line of its own, a byline.
func lonelyName(s string) bool {
	ws := strings.Split(s, " ")
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		rs := []rune(w)
		if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
			return false
		}
		lower := false
		for _, r := range rs[1:] {
			switch {
			case unicode.IsLower(r) || unicode.Is(unicode.Mn, r):
				lower = true
			case r == '-' || r == '\'' || r == '’' || r == '.' || unicode.IsUpper(r):
			default:
				return false
			}
		}
		if !lower && !(len(rs) == 2 && rs[1] == '.') {
			return false // an acronym: "VNA Hanoi"
		}
	}
	return true
}

func hasBylineStart(key string) bool {
	for _, b := range bylineStarts {
		if strings.HasPrefix(key, b) {
			return true
		}
	}
	return false
}

// relatedLeads open a line that links another story from inside the body:
// "Xem thêm: ...", "Lire aussi : ...", "Read more: ...".
var relatedLeads = []string{"xem thêm", "tin liên quan", "bài liên quan", "đọc thêm", "lire aussi", "à lire aussi",
	"a lire aussi", "voir aussi", "lire également", "read more", "see also", "related", "also read", "read also"}

// isRelatedLink reports a short line that points to another story.
func isRelatedLink(s string) bool {
	if len(s) > 240 {
		return false
	}
	head := s[:min(len(s), 30)]
	i := strings.IndexByte(head, ':')
	if j := strings.Index(head, "："); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || i > 24 {
		return false
	}
	lead := strings.TrimSpace(strings.ToLower(s[:i]))
	for _, l := range relatedLeads {
		if lead == l {
			return strings.TrimSpace(s[i+1:]) != ""
		}
	}
	return false
}

// sections are the rubric labels a page prints above its headline.
var sections = set(
	"politique", "société", "economie", "économie", "monde", "culture", "sports", "sport", "sciences",
	"environnement", "santé", "tourisme", "asie-pacifique", "asean", "vietnam", "international", "actualités",
	"diplomatie", "francophonie", "chính trị", "thời sự", "xã hội", "kinh tế", "thế giới", "văn hóa", "văn hoá",
	"thể thao", "quốc tế", "đối ngoại", "quốc phòng", "pháp luật", "giáo dục", "sức khỏe", "du lịch",
	"politics", "world", "business", "society", "news", "national", "asia-pacific", "opinion", "defence",
	"defense", "diplomacy", "economy", "foreign affairs", "home", "news & events",
)

// isCapWord: one word, capitalised, of letters only ("Bernama", "Xinhua").
func isCapWord(s string) bool {
	for i, r := range s {
		if !unicode.IsLetter(r) || i == 0 && !unicode.IsUpper(r) || i > 0 && unicode.IsUpper(r) {
			return false
		}
	}
	return len(s) >= 3
}
