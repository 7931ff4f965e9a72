#include "importers/quotes/quote_nominal_speaker.h"

#include <cctype>
#include <string>

#include "graph/ascii.h"
#include "importers/relations/relation_offices.h"

namespace dossier::importers {
namespace {

std::string LastWordLower(std::string_view name) {
    size_t space = name.find_last_of(' ');
    std::string_view w = space == std::string_view::npos ? name : name.substr(space + 1);
    return AsciiLower(w);
}

// Adds `entity` to a candidate that must stay unique: -1 none yet, -2 several.
void Offer(int entity, int* found) {
    if (entity < 0 || *found == entity) return;
    *found = *found == -1 ? entity : -2;
}

}  // namespace

NominalSpeaker NominalSpeakerAt(const Document& doc, const TokenIndex& ix, int t) {
    NominalSpeaker out;
    if (t + 1 >= ix.token_count() || ix.lower(t) != "the" || ix.MentionAt(t + 1) >= 0) return out;
    const uint32_t before = doc.tokens[t].span.start;
    const int end = ix.sentence_end(doc.tokens[t].sentence);
    int found = -1;
    OfficeMatch office = MatchOffice(ix, t + 1, end);
    if (office.kind != OfficeKind::kNone) {
        out.tokens = 1 + office.tokens;
        for (const Mention& m : doc.mentions) {
            if (m.span.start >= before) break;
            if (m.type != EntityType::kPerson || m.form == MentionForm::kPronoun) continue;
            auto title = m.attributes.find("title");
            if (title != m.attributes.end() && title->second.is_string() &&
                title->second.as_string() == office.title) {
                Offer(m.entity, &found);
            }
        }
    } else {
        const std::string& word = ix.lower(t + 1);
        for (const Mention& m : doc.mentions) {
            if (m.span.start >= before) break;
            if (m.type != EntityType::kOrganization || m.form != MentionForm::kName) continue;
            if (LastWordLower(m.text) == word) {
                out.tokens = 2;
                Offer(m.entity, &found);
            }
        }
    }
    out.entity = found >= 0 ? found : -1;
    return out;
}

}  // namespace dossier::importers
