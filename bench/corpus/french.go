package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// writer writes one article's page into b.
type writer struct {
	r *rand.Rand
	p *plan
	b strings.Builder
}

func (w *writer) line(s string) {
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

func (w *writer) para(s string) {
	w.b.WriteString(s)
	w.b.WriteString("\n\n")
}

// fill replaces each {key} of s by kv[key], in one pass.
func fill(s string, kv map[string]string) string {
	var b strings.Builder
	b.Grow(len(s) + 32)
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		if v, ok := kv[s[i+1:i+j]]; ok {
			b.WriteString(v)
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// sentences picks n distinct sentences from pool, in a random order.
func (w *writer) sentences(pool []string, n int) []string {
	idx := w.r.Perm(len(pool))
	out := make([]string, 0, n)
	for _, i := range idx[:min(n, len(pool))] {
		out = append(out, pool[i])
	}
	return out
}

// French title of an office, with the article ("le Premier ministre").
// adj is the country adjective or "" (host country, left implicit).
func frTitle(o official, c country, host bool, withAdj bool) string {
	fem := o.female
	adj := ""
	if withAdj {
		adj = " " + c.frAdjM
		if fem {
			adj = " " + c.frAdjF
		}
	}
	pick := func(m, f string) string {
		if fem {
			return f
		}
		return m
	}
	switch o.office {
	case offPM:
		return pick("le Premier ministre", "la Première ministre") + adj
	case offDPM:
		return pick("le vice-Premier ministre", "la vice-Première ministre") + adj
	case offNAChair, offNAVice:
		t := pick("le président", "la présidente")
		if o.office == offNAVice {
			t = pick("le vice-président", "la vice-présidente")
		}
		t += " de l'Assemblée nationale"
		if !host {
			t += " " + c.frOf
		}
		return t
	case offAmbassador:
		return pick("l'ambassadeur ", "l'ambassadrice ") + c.frOf + " au Vietnam"
	}
	t, _ := officeTopic(o.office)
	return "le ministre" + adj + " " + t.frMinistry
}

func (w *writer) french() string {
	p, r := w.p, w.r
	vn := countries["VN"]
	pc := p.partner
	host, guest := p.host.nameIn("fr"), p.guest.nameIn("fr")
	hostIntro := frTitle(p.host, vn, true, r.IntN(2) == 0) + " " + host
	guestIntro := frTitle(p.guest, pc, false, true) + " " + guest
	adjG := pc.frAdjM
	if p.guest.female {
		adjG = pc.frAdjF
	}
	frDef := map[string]string{"KH": "le Cambodge", "LA": "le Laos", "TH": "la Thaïlande"}[pc.code]
	kv := map[string]string{"H": host, "G": guest, "PC": pc.frName, "PCOF": pc.frOf, "PCDEF": frDef,
		"ADJ": adjG, "F": frField(p.field.frField), "N": p.num, "Y": fmt.Sprint(p.published.Year() - 1)}

	titles := []string{
		"Le Vietnam et " + frDef + " renforcent leur coopération dans le domaine " + kv["F"],
		upperFirst(frTitle(p.host, vn, true, true)) + " " + host + " " + map[string]string{
			"talks": "s'entretient avec", "meeting": "rencontre", "reception": "reçoit",
			"phone_call": "s'entretient au téléphone avec", "working_session": "travaille avec"}[p.kind] + " " + frTitle(p.guest, pc, false, true) + " " + guest,
		"Vietnam – " + pc.frName + " : vers un partenariat plus étroit",
	}
	title := oneOf(r, titles...)

	if p.noise.breadcrumb {
		w.line("Accueil > Politique > Diplomatie")
	}
	w.line("Publié le " + p.published.Format("02/01/2006") + " à " + p.hhmm)
	if p.noise.share {
		w.line("Partager | Facebook | Twitter | Imprimer")
	}
	w.line("")

	day := frDay(p.date)
	at := ""
	if p.place != nil {
		at = " à " + p.place.fr
	}
	var lead string
	switch p.kind {
	case "talks":
		lead = fmt.Sprintf("%s a eu le %s un entretien avec son homologue %s %s%s.", upperFirst(hostIntro), day, adjG, guest, commaPlace(at))
	case "meeting":
		lead = fmt.Sprintf("%s a rencontré le %s%s %s, en visite officielle au Vietnam.", upperFirst(hostIntro), day, at, guestIntro)
		if p.place != nil && p.place.country != "VN" {
			lead = fmt.Sprintf("%s, en visite officielle %s, a rencontré le %s%s %s.", upperFirst(hostIntro), pc.frIn, day, at, guestIntro)
		}
	case "reception":
		lead = fmt.Sprintf("%s a reçu le %s%s %s.", upperFirst(hostIntro), day, at, guestIntro)
	case "phone_call":
		lead = fmt.Sprintf("%s a eu le %s un entretien téléphonique avec son homologue %s %s.", upperFirst(hostIntro), day, adjG, guest)
	default:
		lead = fmt.Sprintf("%s a eu le %s%s une séance de travail avec %s.", upperFirst(hostIntro), day, at, guestIntro)
	}
	if p.noise.lead {
		w.para(lead)
	}
	city := "Hanoï"
	if p.place != nil {
		city = p.place.fr
	}
	dateline := oneOf(r, city+", "+day+" (VNA) - ", city+" (VNA) - ")
	w.para(dateline + lead)

	pool := []string{
		"{H} a salué les progrès accomplis dans la coopération entre les deux pays, notamment dans les domaines du commerce, de l'investissement, de l'éducation et de la santé.",
		"Pour sa part, {G} a remercié le Vietnam pour son accueil chaleureux et affirmé que son pays attache une grande importance au renforcement des relations avec le Vietnam.",
		"Les deux parties ont convenu de renforcer les échanges de délégations à tous les échelons et de mettre en œuvre efficacement les accords déjà signés.",
		"Selon {H}, les échanges commerciaux bilatéraux ont atteint {N} milliards de dollars en {Y}.",
		"Les deux dirigeants ont également échangé leurs points de vue sur des questions régionales et internationales d'intérêt commun.",
		"{G} a souhaité que les deux pays intensifient leur coopération dans le domaine {F} et dans la formation des ressources humaines.",
		"{H} a proposé aux deux parties de se coordonner étroitement au sein des forums multilatéraux, en particulier de l'ASEAN.",
		"Ils ont souligné l'importance de la connectivité des infrastructures et de la facilitation du commerce frontalier.",
		"{H} a affirmé que le Vietnam soutient toujours les efforts {PCOF} pour son développement socio-économique.",
		"{G} a exprimé le souhait que les entreprises vietnamiennes investissent davantage {PCIN}.",
		"Les deux parties se sont engagées à faire de la frontière commune une frontière de paix, d'amitié et de coopération.",
		"Ils ont passé en revue la mise en œuvre des résultats de la dernière réunion du Comité mixte de coopération.",
	}
	kv["PCIN"] = pc.frIn
	sents := w.sentences(pool, 2*p.paras+1)
	for i := 0; i < len(sents); i += 2 {
		j := min(i+2, len(sents))
		w.para(fill(strings.Join(sents[i:j], " "), kv))
	}
	if p.third != nil {
		third := p.third.nameIn("fr")
		verb := "a eu une séance de travail avec"
		if p.thirdKind == "meeting" {
			verb = "a rencontré"
		}
		w.para(fmt.Sprintf("Le même jour, %s %s %s %s.", guest, verb, frTitle(*p.third, vn, true, true), third))
	}
	if p.agreement != "" {
		doc := map[string]string{"mou": "d'un protocole d'accord de coopération", "plan": "d'un plan d'action",
			"agreement": "d'un accord de coopération"}[p.agreement]
		w.para(fmt.Sprintf("À l'issue de l'entretien, les deux dirigeants ont assisté à la signature %s dans le domaine %s entre le Vietnam et %s.", doc, kv["F"], frDef))
	}
	w.para(fill(oneOf(r, "{G} a invité {H} à se rendre prochainement {PCIN}, invitation acceptée avec plaisir.",
		"Les deux parties ont convenu de se rencontrer à nouveau l'année prochaine."), kv) + " -VNA")
	if p.noise.caption {
		w.para(upperFirst(hostIntro) + " (à droite) et " + guestIntro + ". Photo: VNA")
	}
	w.line("Voir plus")
	for _, t := range w.p.teasers {
		c := countries[t.country]
		w.line(upperFirst(frTitle(t, c, t.country == "VN", t.country != "VN")) + " " + t.nameIn("fr") + " " +
			oneOf(r, "reçoit une délégation de haut rang", "préside une conférence sur l'intégration régionale", "plaide pour une coopération renforcée"))
	}
	if p.noise.comments {
		w.line("")
		w.line("Commentaires (0)")
		w.line("Votre commentaire")
		w.line("Envoyer")
	}
	return title
}

// frField gives the field with its preposition: "de la santé", "des finances".
func frField(f string) string {
	switch {
	case strings.HasPrefix(f, "les "):
		return "des " + f[4:]
	case strings.HasPrefix(f, "le "):
		return "du " + f[3:]
	default:
		return "de " + f
	}
}

func commaPlace(at string) string {
	if at == "" {
		return ""
	}
	return "," + at
}
