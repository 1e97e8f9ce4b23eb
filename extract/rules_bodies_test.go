package extract

import "testing"

// Rules about bodies no list knows, read by the concept of their head word
// (the lexicon's bodies section). Invented bodies and people.
func TestRulesBodiesByConcept(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:      "a hospital named in Vietnamese, its director by the head noun alone",
			lang:      "vi",
			text:      "Sáng 12/5, Bộ trưởng Trần Văn Lộc đã đến thăm Bệnh viện Đại học Brolava và làm việc với Giám đốc bệnh viện, Giáo sư Jan Hrubec.",
			orgs:      []string{"org:hospital:brolava"},
			positions: []string{"person:jan-hrubec > org:hospital:brolava"},
			noAgrees:  -1,
		},
		{
			name:      "a Vietnamese company's name ends where its chairman's full name starts, same id as in English",
			lang:      "vi",
			text:      "Sáng 12/3, Chủ tịch Tập đoàn Kalorix Nguyễn Văn Tâm đã tiếp Bộ trưởng Bưu chính Tanzania Joseph Mwakalinga tại Hà Nội.",
			orgs:      []string{"org:company:kalorix"},
			positions: []string{"person:nguyen-van-tam:VN > org:company:kalorix"},
			noAgrees:  -1,
		},
		{
			name:     "the same company in English, with its country",
			lang:     "en",
			text:     "Chairman of Kalorix Group Nguyen Van Tam received Tanzanian Minister of Posts Joseph Mwakalinga in Hanoi on March 12.",
			orgs:     []string{"org:company:kalorix"},
			noAgrees: -1,
		},
		{
			name:      "a Vietnamese company's descriptive name closed by its brand in parentheses: the brand is the id",
			lang:      "vi",
			text:      "Sáng 12/3, Chủ tịch Tập đoàn Công nghiệp - Viễn thông Quân đội (Kalorix) Nguyễn Văn Tâm đã tiếp Bộ trưởng Bưu chính Tanzania Joseph Mwakalinga.",
			orgs:      []string{"org:company:kalorix"},
			positions: []string{"person:nguyen-van-tam:VN > org:company:kalorix"},
			noAgrees:  -1,
		},
		{
			name:     "the same company in French, named by its brand after a lower-case head",
			lang:     "fr",
			text:     "Le groupe vietnamien Kalorix a signé un accord avec la Tanzanie le 12 mars.",
			orgs:     []string{"org:company:kalorix"},
			noAgrees: -1,
		},
		{
			name:     "the same hospital in English",
			lang:     "en",
			text:     "On May 12, Minister Tran Van Loc visited Brolava University Hospital in the capital.",
			orgs:     []string{"org:hospital:brolava"},
			noAgrees: -1,
		},
		{
			name:     "the same hospital in French",
			lang:     "fr",
			text:     "Le 12 mai, le ministre Tran Van Loc a visité l'Hôpital universitaire de Brolava.",
			orgs:     []string{"org:hospital:brolava"},
			noAgrees: -1,
		},
		{
			name: "a company named after a lower-case head, then called the group",
			lang: "fr",
			text: "Le ministre a salué le partenariat avec la société nationale algérienne Petralgo. " +
				"Le lendemain, la délégation a eu une séance de travail avec le PDG du groupe, Karim Belhadi.",
			orgs:      []string{"org:company:petralgo"},
			positions: []string{"person:karim-belhadi:DZ > org:company:petralgo"},
			noAgrees:  -1,
		},
		{
			name:      "an English body with its head first and its city, its head of office by \"its\"",
			lang:      "en",
			text:      "On the same day, Minister Tran Van Loc visited Tamarind University of Wellington, where he held a working session with its Vice-Chancellor Oliver Brent.",
			orgs:      []string{"org:university:tamarind-wellington"},
			positions: []string{"person:oliver-brent > org:university:tamarind-wellington"},
			noAgrees:  -1,
		},
		{
			name:     "a Vietnamese hospital named after a place, not a person",
			lang:     "vi",
			text:     "Hai bên trao đổi về hợp tác giữa bệnh viện với Bệnh viện Lạc Sơn trong lĩnh vực ghép tạng.",
			orgs:     []string{"org:hospital:lac-son"},
			noAgrees: -1,
		},
		{
			name:      "a French body with an adjective after its head",
			lang:      "fr",
			text:      "Le directeur général de la Régie autonome des eaux de Kampot (REK), Chea Vannak, a signé l'accord.",
			positions: []string{"person:cheavanak:KH > org:KH:regie-autonome-des-eaux-de-kampot"},
			noAgrees:  -1,
		},
		{
			name:     "an English body described by its field keeps its own id",
			lang:     "en",
			text:     "The Maritime Patrol Agency of Borelia and the Friendship Group held talks on Monday.",
			noOrgs:   []string{"org:agency:patrol"},
			noAgrees: -1,
		},
	})
}
